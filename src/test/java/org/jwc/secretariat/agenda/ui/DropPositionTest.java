package org.jwc.secretariat.agenda.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where a dragged agenda item lands, dropped above or below another. */
class DropPositionTest {

    @Test
    void anItemDraggedDownwardsTakesThePlaceItIsDroppedAt() {
        assertThat(OfficialAgendaGrid.droppedAt(1, 3, true)).isEqualTo(3);
        assertThat(OfficialAgendaGrid.droppedAt(1, 3, false)).isEqualTo(2);
    }

    @Test
    void anItemDraggedUpwardsPushesTheOthersDown() {
        assertThat(OfficialAgendaGrid.droppedAt(4, 2, false)).isEqualTo(2);
        assertThat(OfficialAgendaGrid.droppedAt(4, 2, true)).isEqualTo(3);
        assertThat(OfficialAgendaGrid.droppedAt(4, 3, true)).isEqualTo(4);
    }
}
