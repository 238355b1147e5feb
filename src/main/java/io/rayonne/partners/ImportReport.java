package io.rayonne.partners;

import java.time.Duration;
import java.util.List;

/**
 * What an import did, or would do for a dry run: rows accepted and refused (each with why), the
 * partners created, updated and already as the file says (left alone), and the fields of the file
 * that Rayonne does not keep.
 */
public record ImportReport(
        boolean dryRun,
        int rows,
        int accepted,
        int created,
        int updated,
        int unchanged,
        List<Refusal> refused,
        List<String> ignoredFields,
        Duration took) {

    public ImportReport {
        refused = List.copyOf(refused);
        ignoredFields = List.copyOf(ignoredFields);
    }

    /** A row refused: its number, the problems found in it, the row as it was. */
    public record Refusal(int row, List<Partner.Problem> problems, String raw) {
        public Refusal {
            problems = List.copyOf(problems);
        }
    }
}
