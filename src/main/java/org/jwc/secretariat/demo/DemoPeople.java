package org.jwc.secretariat.demo;

import java.util.Map;

/** Invented people with plausible titles; no real official's name is used. */
final class DemoPeople {

    static final Map<String, String[]> NAMES = Map.ofEntries(
            Map.entry("TQ.DELEGATE", new String[] {"Nguyễn Văn An", "Chuyên viên Sở Ngoại vụ tỉnh Tuyên Quang"}),
            Map.entry("TQ.SECRETARY", new String[] {"Trần Thị Bình", "Phó Giám đốc Sở Ngoại vụ tỉnh Tuyên Quang"}),
            Map.entry("TQ.LEADER", new String[] {"Lê Văn Cường", "Phó Chủ tịch UBND tỉnh Tuyên Quang"}),
            Map.entry("QN.DELEGATE", new String[] {"Phạm Thị Dung", "Chuyên viên Sở Ngoại vụ tỉnh Quảng Ninh"}),
            Map.entry("QN.SECRETARY", new String[] {"Hoàng Văn Em", "Phó Giám đốc Sở Ngoại vụ tỉnh Quảng Ninh"}),
            Map.entry("QN.LEADER", new String[] {"Vũ Thị Giang", "Phó Chủ tịch UBND tỉnh Quảng Ninh"}),
            Map.entry("LS.DELEGATE", new String[] {"Đặng Văn Hải", "Chuyên viên Sở Ngoại vụ tỉnh Lạng Sơn"}),
            Map.entry("LS.SECRETARY", new String[] {"Bùi Thị Hoa", "Phó Giám đốc Sở Ngoại vụ tỉnh Lạng Sơn"}),
            Map.entry("LS.LEADER", new String[] {"Đỗ Văn Khánh", "Phó Chủ tịch UBND tỉnh Lạng Sơn"}),
            Map.entry("CB.DELEGATE", new String[] {"Ngô Thị Lan", "Chuyên viên Sở Ngoại vụ tỉnh Cao Bằng"}),
            Map.entry("CB.SECRETARY", new String[] {"Dương Văn Minh", "Phó Giám đốc Sở Ngoại vụ tỉnh Cao Bằng"}),
            Map.entry("CB.LEADER", new String[] {"Lý Thị Nga", "Phó Chủ tịch UBND tỉnh Cao Bằng"}),
            Map.entry("GX.DELEGATE", new String[] {"王小明", "广西壮族自治区外事办公室科员"}),
            Map.entry("GX.SECRETARY", new String[] {"李华", "广西壮族自治区外事办公室副主任"}),
            Map.entry("GX.LEADER", new String[] {"张伟", "广西壮族自治区人民政府副主席"}),
            Map.entry("LC.DELEGATE", new String[] {"Hà Văn Phúc", "Chuyên viên Sở Ngoại vụ tỉnh Lào Cai"}),
            Map.entry("LC.SECRETARY", new String[] {"Lò Thị Quyên", "Phó Giám đốc Sở Ngoại vụ tỉnh Lào Cai"}),
            Map.entry("LC.LEADER", new String[] {"Giàng Văn Sơn", "Phó Chủ tịch UBND tỉnh Lào Cai"}),
            Map.entry("LCH.DELEGATE", new String[] {"Tòng Văn Tâm", "Chuyên viên Sở Ngoại vụ tỉnh Lai Châu"}),
            Map.entry("LCH.SECRETARY", new String[] {"Lường Thị Uyên", "Phó Giám đốc Sở Ngoại vụ tỉnh Lai Châu"}),
            Map.entry("LCH.LEADER", new String[] {"Sùng Văn Vinh", "Phó Chủ tịch UBND tỉnh Lai Châu"}),
            Map.entry("DB.DELEGATE", new String[] {"Quàng Văn Xuân", "Chuyên viên Sở Ngoại vụ tỉnh Điện Biên"}),
            Map.entry("DB.SECRETARY", new String[] {"Cầm Thị Yến", "Phó Giám đốc Sở Ngoại vụ tỉnh Điện Biên"}),
            Map.entry("DB.LEADER", new String[] {"Mùa Văn Ánh", "Phó Chủ tịch UBND tỉnh Điện Biên"}),
            Map.entry("YN.DELEGATE", new String[] {"杨建国", "云南省外事办公室科员"}),
            Map.entry("YN.SECRETARY", new String[] {"赵丽", "云南省外事办公室副主任"}),
            Map.entry("YN.LEADER", new String[] {"刘强", "云南省人民政府副省长"}));

    private DemoPeople() {
    }
}
