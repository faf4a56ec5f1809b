package org.jwc.secretariat.commitment.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import java.util.ArrayList;
import java.util.List;
import org.jwc.secretariat.commitment.CommitmentSummary;

/**
 * The filtered commitments counted by status: per party (each party's own status on each of its
 * commitments) and per area (a commitment once, at its least advanced party's status).
 */
class SummaryPanel extends Div {

    SummaryPanel(CommitmentContext context, CommitmentSummary summary) {
        addClassName("commitment-summary");
        add(new H2(getTranslation("commitment.summary.title")));
        var byParty = new ArrayList<StatusChart.Row>();
        context.parties().values().forEach(party -> {
            var counts = summary.byParty().get(party.id());
            if (counts != null) {
                byParty.add(new StatusChart.Row(party.shortName().in(context.language()), "summary-party", "data-party",
                        party.code(), counts));
            }
        });
        List<StatusChart.Row> byArea = new ArrayList<>();
        for (var areaId : context.areas().ids()) {
            var counts = summary.byArea().get(areaId);
            if (counts != null) {
                byArea.add(new StatusChart.Row(context.areas().name(areaId, context.language()), "summary-area", "data-area",
                        String.valueOf(areaId), counts));
            }
        }
        var charts = new Div(new StatusChart(getTranslation("commitment.summary.byParty"), getTranslation("commitment.field.party"), byParty),
                new StatusChart(getTranslation("commitment.summary.byArea"), getTranslation("commitment.field.area"), byArea));
        charts.addClassName("summary-charts");
        add(charts);
    }
}
