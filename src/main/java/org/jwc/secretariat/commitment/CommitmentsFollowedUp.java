package org.jwc.secretariat.commitment;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jwc.secretariat.meeting.Meeting;
import org.jwc.secretariat.meeting.MeetingService;
import org.jwc.secretariat.proposal.FollowedUp;
import org.jwc.secretariat.proposal.FollowedUpCommitments;
import org.springframework.stereotype.Component;

/**
 * Lets proposals follow up commitments: the proposal module cannot depend on this one (which
 * depends on it through the communiqué), so it asks through its own interface, answered here.
 */
@Component
class CommitmentsFollowedUp implements FollowedUpCommitments {

    private final CommitmentService commitments;
    private final MeetingService meetings;

    CommitmentsFollowedUp(CommitmentService commitments, MeetingService meetings) {
        this.commitments = commitments;
        this.meetings = meetings;
    }

    @Override
    public Optional<FollowedUp> find(long commitmentId) {
        return commitments.find(commitmentId).map(v -> cited(v.commitment(), meetings.get(v.commitment().meetingId()).number()));
    }

    @Override
    public List<FollowedUp> underReview(long meetingId) {
        var numbers = meetings.all().stream().collect(Collectors.toMap(Meeting::id, Meeting::number));
        return commitments.underReview(meetingId).stream()
                .map(v -> cited(v.commitment(), numbers.get(v.commitment().meetingId()))).toList();
    }

    private static FollowedUp cited(Commitment c, int meetingNumber) {
        return new FollowedUp(c.id(), meetingNumber, c.paragraphNumber(), c.text());
    }
}
