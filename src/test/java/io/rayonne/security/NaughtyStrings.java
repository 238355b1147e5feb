package io.rayonne.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The injection payloads of the Big List of Naughty Strings (npm package
 * {@code big-list-of-naughty-strings}, fetched and checked by the build): its script, SQL, server
 * code, command, interpolation and file inclusion sections. The test command takes every n-th
 * ({@code rayonne.security.every}); the security profile takes them all.
 */
final class NaughtyStrings {

    static final Path FILE = Path.of("target/naughty-strings/package/blns.txt");

    static final List<String> INJECTION_SECTIONS = List.of(
            "Script Injection",
            "SQL Injection",
            "Server Code Injection",
            "Command Injection (Ruby)",
            "Unwanted Interpolation",
            "File Inclusion");

    private NaughtyStrings() {}

    /** Every injection payload of the list, in its order. */
    static List<String> injections() {
        List<String> all = new ArrayList<>();
        sections().forEach((section, strings) -> {
            if (INJECTION_SECTIONS.contains(section)) {
                all.addAll(strings);
            }
        });
        return all;
    }

    /** The payloads this run takes: every n-th of {@link #injections()}. */
    static List<String> sample() {
        int every = Integer.parseInt(System.getProperty("rayonne.security.every", "1"));
        List<String> all = injections();
        return IntStream.range(0, all.size())
                .filter(i -> i % every == 0)
                .mapToObj(all::get)
                .toList();
    }

    /**
     * The file's sections: a section starts with "#\t<name>" followed by a line "#"; other lines
     * starting with "#" are comments; empty lines separate nothing.
     */
    static Map<String, List<String>> sections() {
        List<String> lines;
        try {
            lines = Files.readAllLines(FILE, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Run the build once: it fetches " + FILE, e);
        }
        Map<String, List<String>> sections = new LinkedHashMap<>();
        List<String> current = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("#")) {
                boolean heading = line.startsWith("#\t")
                        && i + 1 < lines.size()
                        && lines.get(i + 1).equals("#");
                if (heading) {
                    current = sections.computeIfAbsent(line.substring(2).strip(), s -> new ArrayList<>());
                }
                continue;
            }
            if (!line.isEmpty() && current != null) {
                current.add(line);
            }
        }
        return sections;
    }
}
