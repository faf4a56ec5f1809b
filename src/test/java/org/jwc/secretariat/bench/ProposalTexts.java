package org.jwc.secretariat.bench;

import java.util.List;
import java.util.Map;
import org.jwc.secretariat.i18n.Language;
import org.jwc.secretariat.i18n.LocalizedText;
import org.jwc.secretariat.party.Party;

/**
 * Bench data, not a test: proposal texts in the style of a communiqué's paragraphs, a Vietnamese
 * text of 300 to 600 characters with its Chinese (which says the same in about 40 % of the
 * characters). An opening sentence of the area, then follow-up sentences in turn until the length
 * chosen for the proposal is reached; the same index always gives the same text.
 */
final class ProposalTexts {

    /** Two openings per area of the demo's tree, by the area's Vietnamese name. */
    private static final Map<String, String[][]> OPENINGS = Map.ofEntries(
            Map.entry("Giao lưu hợp tác giữa các cấp ủy Đảng", new String[][] {
                {"Các bên nhất trí tiếp tục duy trì cơ chế giao lưu định kỳ giữa các cấp ủy Đảng của các tỉnh biên giới, trao đổi kinh nghiệm về công tác xây dựng Đảng và phát triển kinh tế - xã hội.",
                    "各方同意继续保持边境省区党委之间的定期交流机制，就党的建设和经济社会发展交流经验。"},
                {"Hai bên đánh giá cao kết quả các đoàn cấp cao thăm lẫn nhau trong năm qua, đồng ý tổ chức hội thảo lý luận chung luân phiên tại mỗi bên.",
                    "双方高度评价过去一年高层互访成果，同意轮流举办理论研讨会。"}}),
            Map.entry("Giao lưu hữu nghị", new String[][] {
                {"Các bên đồng ý phối hợp tổ chức các hoạt động giao lưu hữu nghị nhân dân biên giới, ngày hội văn hóa thể thao và chương trình kết nghĩa giữa các thôn bản hai bên biên giới.",
                    "各方同意协调举办边民友好交流活动、文体节及边境两侧村屯结对联谊项目。"},
                {"Hai bên nhất trí tăng cường giao lưu thanh niên, phụ nữ và cựu chiến binh, tiếp tục tổ chức Liên hoan thanh niên hữu nghị biên giới hằng năm.",
                    "双方同意加强青年、妇女和退伍军人交流，继续每年举办边境青年友好联欢活动。"}}),
            Map.entry("Hợp tác kinh tế - thương mại", new String[][] {
                {"Các bên nhất trí tạo thuận lợi cho hoạt động thương mại biên giới, mở rộng xuất khẩu nông sản, trái cây và thủy sản, thúc đẩy xây dựng các khu hợp tác kinh tế qua biên giới.",
                    "各方同意便利边境贸易，扩大农产品、水果和水产品出口，推动跨境经济合作区建设。"},
                {"Hai bên đồng ý phối hợp tổ chức Hội chợ thương mại quốc tế Việt - Trung, hỗ trợ doanh nghiệp tham gia xúc tiến đầu tư và kết nối cung cầu.",
                    "双方同意协调举办中越国际商贸博览会，支持企业参与投资促进和供需对接。"}}),
            Map.entry("Kết nối giao thông", new String[][] {
                {"Các bên đồng ý đẩy nhanh kết nối hạ tầng giao thông, nghiên cứu xây dựng tuyến đường sắt khổ tiêu chuẩn và nâng cấp các tuyến đường bộ nối các cửa khẩu.",
                    "各方同意加快交通基础设施互联互通，研究建设标准轨距铁路，升级连接各口岸的公路。"},
                {"Hai bên nhất trí phối hợp hoàn thiện thủ tục đưa cầu mới qua biên giới vào sử dụng, bảo đảm an toàn giao thông và thông suốt vận tải hàng hóa.",
                    "双方同意配合完善跨境新桥投入使用的手续，确保交通安全和货物运输畅通。"}}),
            Map.entry("Cửa khẩu", new String[][] {
                {"Các bên nhất trí tích cực thúc đẩy hợp tác xây dựng cửa khẩu thông minh, ứng dụng công nghệ số trong thông quan và kéo dài thời gian làm việc tại các cửa khẩu chính.",
                    "各方同意积极推动智慧口岸合作建设，在通关中应用数字技术，并延长主要口岸工作时间。"},
                {"Hai bên đồng ý phối hợp nâng cấp, mở mới các cửa khẩu và lối thông quan, tạo thuận lợi cho xuất nhập cảnh của cư dân biên giới và phương tiện vận tải.",
                    "双方同意协调升级、新开口岸和通道，便利边民和运输车辆出入境。"}}),
            Map.entry("Du lịch", new String[][] {
                {"Các bên nhất trí cùng thúc đẩy khôi phục các hoạt động du lịch qua biên giới, xây dựng tuyến du lịch tự lái và mở rộng phạm vi khách du lịch bằng giấy thông hành.",
                    "各方同意共同推动恢复跨境旅游，打造自驾游线路，扩大持通行证游客的旅游范围。"},
                {"Hai bên đồng ý vận hành hiệu quả Khu cảnh quan thác Bản Giốc - Đức Thiên, phối hợp quảng bá và bảo đảm an ninh, an toàn cho du khách.",
                    "双方同意有效运营德天—板约瀑布景区，协同宣传推广，保障游客安全。"}}),
            Map.entry("Giáo dục - đào tạo", new String[][] {
                {"Các bên nhất trí mở rộng hợp tác giáo dục, đào tạo nguồn nhân lực, tăng cường liên kết giữa các trường đại học, cao đẳng và trường nghề của các tỉnh biên giới.",
                    "各方同意扩大教育合作和人力资源培训，加强边境省区高校、职业院校之间的联系。"},
                {"Hai bên đồng ý trao đổi giáo viên tiếng Việt và tiếng Trung, tổ chức trại hè cho học sinh và sinh viên các tỉnh biên giới.",
                    "双方同意互派越南语和汉语教师，为边境省区学生举办夏令营。"}}),
            Map.entry("Học bổng", new String[][] {
                {"Hai bên đồng ý tiếp tục cấp học bổng cho lưu học sinh của các tỉnh biên giới, ưu tiên các ngành ngôn ngữ, nông nghiệp, y dược và công nghệ thông tin.",
                    "双方同意继续为边境省区留学生提供奖学金，优先支持语言、农业、医药和信息技术专业。"},
                {"Các bên nhất trí tăng số suất học bổng ngắn hạn cho cán bộ, công chức học tiếng và bồi dưỡng chuyên môn.",
                    "各方同意增加干部和公务员语言学习及业务进修的短期奖学金名额。"}}),
            Map.entry("Văn hóa", new String[][] {
                {"Các bên nhất trí tổ chức các hoạt động giao lưu văn hóa, nghệ thuật, triển lãm ảnh và tuần phim, phối hợp bảo tồn di sản văn hóa của các dân tộc vùng biên.",
                    "各方同意举办文化艺术交流、图片展和电影周活动，协同保护边境地区各民族文化遗产。"},
                {"Hai bên đồng ý phối hợp tổ chức lễ hội mùa xuân biên giới và chợ văn hóa, mời các đoàn nghệ thuật biểu diễn tại địa phương của nhau.",
                    "双方同意协调举办边境春节联欢和文化集市活动，邀请艺术团到对方地方演出。"}}),
            Map.entry("Báo chí - truyền thông", new String[][] {
                {"Các bên đồng ý tăng cường hợp tác giữa các cơ quan báo chí, phát thanh, truyền hình, phối hợp đưa tin về các sự kiện lớn và chống thông tin sai lệch.",
                    "各方同意加强报刊、广播、电视等新闻机构合作，协同报道重大活动，抵制虚假信息。"},
                {"Hai bên nhất trí trao đổi đoàn phóng viên, phối hợp sản xuất phóng sự về hợp tác biên giới và phát sóng trên kênh của mỗi bên.",
                    "双方同意互派记者团，合作制作边境合作专题节目并在各自频道播出。"}}),
            Map.entry("Y tế", new String[][] {
                {"Các bên nhất trí tăng cường hợp tác y tế, kiểm dịch biên giới, phòng chống dịch bệnh truyền nhiễm và trao đổi thông tin dịch tễ kịp thời.",
                    "各方同意加强卫生健康、边境检疫和传染病防控合作，及时通报疫情信息。"},
                {"Hai bên đồng ý phối hợp khám chữa bệnh cho cư dân biên giới, đào tạo nhân viên y tế cơ sở và hợp tác nghiên cứu y học cổ truyền.",
                    "双方同意配合为边民提供诊疗服务，培训基层医务人员，开展传统医药研究合作。"}}),
            Map.entry("Quản lý biên giới", new String[][] {
                {"Các bên nhất trí phối hợp quản lý biên giới theo ba văn kiện pháp lý, tăng cường tuần tra chung, đấu tranh phòng chống buôn lậu, xuất nhập cảnh trái phép và mua bán người.",
                    "各方同意依据三个法律文件协同管理边境，加强联合巡逻，打击走私、非法出入境和拐卖人口。"},
                {"Hai bên đồng ý duy trì hội đàm định kỳ giữa lực lượng quản lý biên giới, phối hợp xử lý kịp thời các vụ việc phát sinh trên biên giới.",
                    "双方同意保持边防部门定期会谈，及时协调处理边境发生的事件。"}}));

    private static final String[][] DEFAULT_OPENING = {
        {"Các bên nhất trí tăng cường hợp tác thiết thực, hiệu quả trong lĩnh vực này, phù hợp với nhu cầu và điều kiện của mỗi bên.",
            "各方同意在该领域加强务实高效合作，符合各方需求和条件。"}};

    private static final String[][] FOLLOW_UPS = {
        {"Giao các sở, ngành liên quan xây dựng kế hoạch cụ thể, phân công đầu mối và báo cáo kết quả tại Hội nghị lần sau.",
            "责成有关部门制定具体计划，明确牵头单位，并在下次会议上报告进展。"},
        {"Hai bên duy trì trao đổi thông tin thường xuyên qua đường dây nóng và các cuộc hội đàm định kỳ giữa các cơ quan chức năng.",
            "双方通过热线和职能部门定期会谈保持经常性信息沟通。"},
        {"Các bên đồng ý phối hợp tháo gỡ kịp thời những khó khăn, vướng mắc phát sinh trong quá trình triển khai.",
            "各方同意及时协调解决实施过程中出现的困难和问题。"},
        {"Đồng thời, nghiên cứu ký kết biên bản ghi nhớ hợp tác giai đoạn 2027 - 2030, xác định rõ mục tiêu, lộ trình và nguồn lực thực hiện.",
            "同时，研究签署2027—2030年合作备忘录，明确目标、路线图和实施资源。"},
        {"Các bên khuyến khích doanh nghiệp, hiệp hội và người dân tham gia tích cực, bảo đảm lợi ích hài hòa của mỗi bên.",
            "各方鼓励企业、协会和民众积极参与，确保各方利益协调兼顾。"},
        {"Hai bên nhất trí tổ chức sơ kết giữa kỳ vào quý III năm 2027 để đánh giá tiến độ và điều chỉnh biện pháp cho phù hợp với tình hình thực tế.",
            "双方同意于2027年第三季度进行中期总结，评估进展并根据实际情况调整措施。"},
        {"Việc triển khai tuân thủ pháp luật của mỗi nước và các điều ước quốc tế mà hai nước là thành viên.",
            "实施工作遵守两国各自法律和两国共同加入的国际条约。"},
        {"Các bên giao Văn phòng Ủy ban Công tác liên hợp theo dõi, đôn đốc và tổng hợp tình hình thực hiện.",
            "各方责成联合工作委员会秘书处跟踪、督促并汇总实施情况。"},
        {"Hai bên đánh giá cao kết quả đạt được trong năm qua, coi đây là cơ sở quan trọng để nâng cao hơn nữa hiệu quả hợp tác trong thời gian tới.",
            "双方高度评价过去一年取得的成果，认为这是今后进一步提高合作成效的重要基础。"},
        {"Các bên thống nhất ưu tiên bố trí kinh phí và nhân lực, lồng ghép nội dung hợp tác vào kế hoạch phát triển kinh tế - xã hội hằng năm của địa phương.",
            "各方一致同意优先安排经费和人力，将合作内容纳入地方年度经济社会发展计划。"},
        {"Trong quá trình thực hiện, hai bên tăng cường phối hợp bảo đảm an ninh trật tự và vệ sinh môi trường khu vực biên giới.",
            "实施过程中，双方加强协作，维护边境地区治安秩序和环境卫生。"},
        {"Các bên đồng ý chia sẻ kinh nghiệm quản lý, tổ chức các khóa tập huấn chung cho cán bộ cấp cơ sở.",
            "各方同意分享管理经验，为基层干部联合举办培训班。"},
    };

    private static final int MIN = 300;
    private static final int MAX = 600;

    private ProposalTexts() {
    }

    /**
     * The text of the i-th proposal, the nth in its area: the area's openings in turn, then
     * follow-ups until a length between 300 and 600 Vietnamese characters. With parties given (a
     * bilateral proposal), the opening names them instead of "the sides"; without, a bilateral text
     * leaves the drafter to name them.
     */
    static LocalizedText text(String areaVi, int nthInArea, int i, List<Party> named) {
        var openings = OPENINGS.getOrDefault(areaVi, DEFAULT_OPENING);
        var opening = openings[nthInArea % openings.length];
        var vi = new StringBuilder(naming(opening[0], named, Language.VI));
        var zh = new StringBuilder(naming(opening[1], named, Language.ZH));
        var target = MIN + (int) ((i * 7919L) % (MAX - MIN + 1));
        for (int k = 0; k < FOLLOW_UPS.length && vi.length() < target; k++) {
            var next = FOLLOW_UPS[(i + k * 5) % FOLLOW_UPS.length];
            if (vi.length() + 1 + next[0].length() <= MAX) {
                vi.append(' ').append(next[0]);
                zh.append(next[1]);
            }
        }
        return new LocalizedText(vi.toString(), zh.toString(), null);
    }

    static LocalizedText title(LocalizedText area, int i) {
        return new LocalizedText("Đề xuất số " + (i + 1) + " về " + area.vi().toLowerCase(Language.VI.locale()),
                "关于" + area.zh() + "的第" + (i + 1) + "号提案", null);
    }

    /** "Các bên …" / "Hai bên …" becomes "Cao Bằng và Quảng Tây …"; "各方…" / "双方…" becomes "高平省与广西…". */
    private static String naming(String opening, List<Party> named, Language language) {
        if (named.size() != 2) {
            return opening;
        }
        var a = named.get(0).shortName().in(language);
        var b = named.get(1).shortName().in(language);
        return language == Language.VI
                ? opening.replaceFirst("^(Các|Hai) bên", a + " và " + b)
                : opening.replaceFirst("^(各方|双方)", a + "与" + b);
    }
}
