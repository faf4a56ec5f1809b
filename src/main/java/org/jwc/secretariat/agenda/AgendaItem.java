package org.jwc.secretariat.agenda;

import static org.jwc.secretariat.agenda.AgendaItemStatus.DECLINED;
import static org.jwc.secretariat.agenda.AgendaItemStatus.DRAFT;
import static org.jwc.secretariat.agenda.AgendaItemStatus.PLACED;
import static org.jwc.secretariat.agenda.AgendaItemStatus.SUBMITTED;
import static org.jwc.secretariat.agenda.AgendaItemStatus.WITHDRAWN;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.EnumSet;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.base.MessageKey;
import org.jwc.secretariat.base.RefusedException;
import org.jwc.secretariat.base.RecordChanged;
import org.jwc.secretariat.base.Validation;
import org.jwc.secretariat.base.VersionedEntity;
import org.jwc.secretariat.i18n.LocalizedText;

/** An item a party wants on a meeting's agenda; its workflow rules live here. */
@Entity
@Audited
public class AgendaItem extends VersionedEntity {

    public static final String KIND = "agendaItem";

    /** The change event of this item: a draft's reaches its own party only. */
    RecordChanged changed() {
        return new RecordChanged(KIND, id(), meetingId, status == DRAFT ? ownerPartyId : null);
    }
    static final int MAX_TITLE = 500;
    static final int MAX_DESCRIPTION = 2000;
    static final int MAX_DURATION_MINUTES = 600;

    private long meetingId;
    private long ownerPartyId;

    @Embedded
    private @Nullable LocalizedText title = LocalizedText.EMPTY;

    @Embedded
    private @Nullable LocalizedText description = LocalizedText.EMPTY;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private AgendaItemKind kind = AgendaItemKind.SPEECH;

    private int durationMinutes;
    private @Nullable String speaker;

    /** The owner party's own order among its items. */
    private int ownerPosition;

    /** Place on the host's official agenda, while placed. */
    private @Nullable Integer officialPosition;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private AgendaItemStatus status = DRAFT;

    private @Nullable String declineReason;

    protected AgendaItem() {
    }

    AgendaItem(long meetingId, long ownerPartyId, int ownerPosition, AgendaItemDraft draft) {
        this.meetingId = meetingId;
        this.ownerPartyId = ownerPartyId;
        this.ownerPosition = ownerPosition;
        write(draft);
    }

    /** Edits the text; only a draft can change, so counterparts never see a moving target. */
    void edit(AgendaItemDraft draft) {
        require(EnumSet.of(DRAFT));
        write(draft);
    }

    private void write(AgendaItemDraft d) {
        if (d.title() == null || d.title().isBlank()) {
            throw RefusedException.badInput("title", "validation.required");
        }
        title = Validation.withinLength("title", d.title(), MAX_TITLE);
        description = Validation.withinLength("description",
                d.description() == null ? LocalizedText.EMPTY : d.description(), MAX_DESCRIPTION);
        if (d.kind() == null) {
            throw RefusedException.badInput("kind", "validation.required");
        }
        kind = d.kind();
        if (d.durationMinutes() < 1 || d.durationMinutes() > MAX_DURATION_MINUTES) {
            throw RefusedException.badInput("durationMinutes", "agenda.error.duration", MAX_DURATION_MINUTES);
        }
        durationMinutes = d.durationMinutes();
        speaker = Validation.optional("speaker", d.speaker(), 200);
    }

    /** Submitted for the host's agenda; needs its title and description in both official languages. */
    void submit() {
        require(EnumSet.of(DRAFT));
        Validation.officialLanguages("title", title, MAX_TITLE);
        Validation.officialLanguages("description", description, MAX_DESCRIPTION);
        status = SUBMITTED;
    }

    void withdraw() {
        require(EnumSet.of(SUBMITTED, PLACED, DECLINED));
        status = WITHDRAWN;
        officialPosition = null;
    }

    void place(int position) {
        require(EnumSet.of(SUBMITTED, DECLINED));
        status = PLACED;
        officialPosition = position;
        declineReason = null;
    }

    void decline(@Nullable String reason) {
        require(EnumSet.of(SUBMITTED, PLACED));
        declineReason = Validation.required("reason", reason, 1000);
        status = DECLINED;
        officialPosition = null;
    }

    void moveOnOfficialAgenda(int position) {
        require(EnumSet.of(PLACED));
        officialPosition = position;
    }

    private void require(EnumSet<AgendaItemStatus> allowed) {
        if (!allowed.contains(status)) {
            throw new RefusedException("agenda.error.status", new MessageKey("agenda.status." + status.name()));
        }
    }

    public long meetingId() {
        return meetingId;
    }

    public long ownerPartyId() {
        return ownerPartyId;
    }

    public LocalizedText title() {
        return title == null ? LocalizedText.EMPTY : title;
    }

    public LocalizedText description() {
        return description == null ? LocalizedText.EMPTY : description;
    }

    public AgendaItemKind kind() {
        return kind;
    }

    public int durationMinutes() {
        return durationMinutes;
    }

    public @Nullable String speaker() {
        return speaker;
    }

    public int ownerPosition() {
        return ownerPosition;
    }

    public @Nullable Integer officialPosition() {
        return officialPosition;
    }

    public AgendaItemStatus status() {
        return status;
    }

    public @Nullable String declineReason() {
        return declineReason;
    }
}
