package io.rayonne.samples;

import static io.rayonne.samples.SampleContent.files;
import static io.rayonne.samples.SampleContent.id;
import static io.rayonne.samples.SampleContent.readJson;

import com.fasterxml.jackson.databind.JsonNode;
import io.rayonne.observatoire.KeyFigures;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Two years of key figures per office of {@code content-samples/key-figures}, on the 24 months before
 * the samples are loaded: each figure's monthly profile for the last twelve, the same divided by its
 * growth for the twelve before, so that dashboards compare two years on the first run.
 */
@Component
class KeyFigureSamples {

    private final KeyFigures keyFigures;
    private final Clock clock;

    KeyFigureSamples(KeyFigures keyFigures, Clock clock) {
        this.keyFigures = keyFigures;
        this.clock = clock;
    }

    /** The number of office-months created. */
    int load(Path folder) {
        YearMonth thisMonth = YearMonth.from(LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/Paris"))));
        List<KeyFigures.Imported> months = new ArrayList<>();
        for (Path file : files(folder, ".json")) {
            String officeId = id(file);
            JsonNode figures = readJson(file).path("figures");
            for (int back = 24; back >= 1; back--) {
                YearMonth month = thisMonth.minusMonths(back);
                boolean lastYear = back <= 12;
                Map<String, Double> values = new HashMap<>();
                figures.fields().forEachRemaining(f -> {
                    JsonNode spec = f.getValue();
                    if (spec.has("once")) {
                        JsonNode once = spec.path("once");
                        if (once.path("month").asInt() == month.getMonthValue()) {
                            values.put(
                                    f.getKey(),
                                    lastYear
                                            ? once.path("value").asDouble()
                                            : once.path("before").asDouble());
                        }
                        return;
                    }
                    double profile =
                            spec.path("monthly").get(month.getMonthValue() - 1).asDouble();
                    double value = lastYear
                            ? profile
                            : profile / (1 + spec.path("growth").asDouble());
                    values.put(f.getKey(), (double) Math.round(value));
                });
                months.add(new KeyFigures.Imported(officeId, month, values));
            }
        }
        return keyFigures.importMonths(months);
    }
}
