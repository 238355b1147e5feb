package io.rayonne.partners;

import java.time.LocalDate;

/**
 * How to import: into which office, what a row without a line of business is, and why the office
 * may write to contacts whose row does not say (the legal basis, with its source and date).
 *
 * @param dryRun everything is read and checked, nothing is written
 */
public record ImportOptions(
        String officeId, Sector sector, LegalBasis basis, String source, LocalDate since, boolean dryRun) {

    public ImportOptions {
        source = source.strip();
    }

    public ImportOptions asDryRun(boolean dry) {
        return new ImportOptions(officeId, sector, basis, source, since, dry);
    }
}
