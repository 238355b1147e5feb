package io.rayonne.observatoire.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.io.UncheckedIOException;

/** A Chart.js chart as a Flow component ({@code frontend/components/rayonne-chart.js}). */
@Tag("rayonne-chart")
@NpmPackage(value = "chart.js", version = "4.5.1")
@JsModule("./components/rayonne-chart.js")
class ChartComponent extends Component {

    private static final ObjectMapper JSON = new ObjectMapper();

    ChartComponent(ChartData data, String language) {
        addClassName("rayonne-chart");
        try {
            getElement()
                    .setProperty(
                            "chart",
                            JSON.writeValueAsString(new Drawn(
                                    data.title(),
                                    data.kind().name().toLowerCase(java.util.Locale.ROOT),
                                    data.labels(),
                                    data.series(),
                                    data.unit(),
                                    language)));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the browser draws. */
    private record Drawn(
            String title,
            String kind,
            java.util.List<String> labels,
            java.util.List<ChartData.Series> series,
            String unit,
            String language) {}
}
