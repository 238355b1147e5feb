package io.rayonne;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** French and English say the same things, and every key the code asks for exists. */
class TranslationsTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void frenchAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(new TreeSet<>(load("translations_en.properties").stringPropertyNames()))
                .isEqualTo(new TreeSet<>(load("translations_fr.properties").stringPropertyNames()));
    }

    @Test
    void everyLiteralKeyUsedInTheCodeExists() throws IOException {
        Set<String> keys = load("translations_fr.properties").stringPropertyNames();
        Pattern used = Pattern.compile("(?:getTranslation|title\\s*=)\\(?\\s*\"([a-z][a-z0-9.-]+)\"");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = used.matcher(Files.readString(file));
                while (m.find()) {
                    // A key ending with a dot is a prefix completed at run time ("role." + name).
                    if (!m.group(1).endsWith(".") && !keys.contains(m.group(1))) {
                        missing.add(file.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void messagesWithArgumentsHaveNoStraightApostrophe() throws IOException {
        // MessageFormat reads ' as a quote: "visit's {0}" would lose its apostrophe and its argument.
        for (String file : new String[] {"translations_fr.properties", "translations_en.properties"}) {
            Properties p = load(file);
            assertThat(p.stringPropertyNames().stream()
                            .filter(k -> p.getProperty(k).matches("(?s).*\\{\\d+}.*"))
                            .filter(k -> p.getProperty(k).contains("'"))
                            .sorted()
                            .toList())
                    .as(file)
                    .isEmpty();
        }
    }
}
