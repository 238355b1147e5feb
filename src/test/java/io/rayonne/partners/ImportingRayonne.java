package io.rayonne.partners;

import io.rayonne.Application;
import io.rayonne.accounts.Role;
import io.rayonne.base.CsvFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Rayonne started as a process of its own which, once up, imports a file into an office's directory
 * as the office's officer would from the import screen (the same reading, mapping and import), then
 * stops. {@link ImportResilience} kills it midway and starts it again, as a person would import the
 * same file again after a crash. Arguments: Rayonne's own, plus {@code --import.file},
 * {@code --import.office} and {@code --import.officer}.
 */
public final class ImportingRayonne {

    private ImportingRayonne() {}

    public static void main(String[] args) throws Exception {
        ConfigurableApplicationContext context = SpringApplication.run(Application.class, args);
        Environment env = context.getEnvironment();
        byte[] content = Files.readAllBytes(Path.of(env.getRequiredProperty("import.file")));
        CsvFile file = CsvFile.read(
                content,
                CsvFile.detectCharset(content),
                CsvFile.detectSeparator(CsvFile.decode(content, StandardCharsets.UTF_8)));
        var mapping = CsvImport.guess(file.header());
        List<ImportRow> rows = CsvImport.rows(file, mapping);
        var signedIn = SecurityContextHolder.createEmptyContext();
        signedIn.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                env.getRequiredProperty("import.officer"),
                null,
                List.of(new SimpleGrantedAuthority(Role.COMMUNICATION.authority()))));
        SecurityContextHolder.setContext(signedIn);
        ImportReport report = context.getBean(PartnerImports.class)
                .run(
                        rows,
                        new ImportOptions(
                                env.getRequiredProperty("import.office"),
                                Sector.ACCOMMODATION,
                                LegalBasis.CONTRACT,
                                "Fichier des adhérents",
                                LocalDate.of(2026, 1, 1),
                                false),
                        CsvImport.ignored(file.header(), mapping),
                        n -> System.out.println("IMPORT PROGRESS " + n));
        System.out.printf(
                "IMPORT DONE %d accepted, %d refused, %d created, %d updated%n",
                report.accepted(), report.refused().size(), report.created(), report.updated());
        System.exit(SpringApplication.exit(context));
    }
}
