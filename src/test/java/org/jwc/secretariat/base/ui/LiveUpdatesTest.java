package org.jwc.secretariat.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.jwc.secretariat.base.RecordChanged;

/** Which open screens a committed change is pushed to: never a draft's to another party. */
class LiveUpdatesTest {

    private static final long LANG_SON = 3;
    private static final long GUANGXI = 5;
    private static final long MEETING = 18;

    private final LiveUpdates live = new LiveUpdates();
    private final UI langSonList = new UI();
    private final UI guangxiList = new UI();
    private final UI guangxiProposal = new UI();
    private final UI administratorList = new UI();

    LiveUpdatesTest() {
        live.watch(langSonList, new LiveUpdates.Topic("proposal", MEETING, null), LANG_SON, () -> { });
        live.watch(guangxiList, new LiveUpdates.Topic("proposal", MEETING, null), GUANGXI, () -> { });
        live.watch(guangxiProposal, new LiveUpdates.Topic("proposal", MEETING, 7L), GUANGXI, () -> { });
        live.watch(administratorList, new LiveUpdates.Topic("proposal", MEETING, null), null, () -> { });
    }

    @Test
    void aLangSonDraftsChangeReachesOnlyLangSonsScreens() {
        assertThat(screensFor(new RecordChanged("proposal", 7, MEETING, LANG_SON))).containsExactly(langSonList);
    }

    @Test
    void aSubmittedProposalsChangeReachesEveryScreenShowingItsMeetingOrItself() {
        assertThat(screensFor(new RecordChanged("proposal", 7, MEETING, null)))
                .containsExactlyInAnyOrder(langSonList, guangxiList, guangxiProposal, administratorList);
        assertThat(screensFor(new RecordChanged("proposal", 8, MEETING, null))).doesNotContain(guangxiProposal);
    }

    @Test
    void otherMeetingsAndOtherKindsOfRecordReachNoOne() {
        assertThat(screensFor(new RecordChanged("proposal", 9, 17, null))).isEmpty();
        assertThat(screensFor(new RecordChanged("agendaItem", 7, MEETING, null))).isEmpty();
    }

    @Test
    void aScreenThatStoppedWatchingGetsNothing() {
        var closed = new UI();
        live.watch(closed, new LiveUpdates.Topic("agendaItem", MEETING, null), GUANGXI, () -> { }).remove();
        assertThat(screensFor(new RecordChanged("agendaItem", 1, MEETING, null))).isEmpty();
    }

    private java.util.List<UI> screensFor(RecordChanged change) {
        return live.watchersOf(change).stream().map(LiveUpdates.Watcher::ui).toList();
    }
}
