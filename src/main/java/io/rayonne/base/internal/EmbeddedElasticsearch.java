package io.rayonne.base.internal;

import io.rayonne.base.ElasticsearchSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Elasticsearch distribution from Maven Central, run as a child process on loopback with
 * Rayonne's analysis plugin. Used by the application (embedded mode) and by the test suite.
 * See docs/decisions/0003-embedded-elasticsearch.md.
 */
public final class EmbeddedElasticsearch implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedElasticsearch.class);
    /** Elasticsearch refuses to run as root: it runs as "nobody" then. */
    private static final String UNPRIVILEGED = "65534";

    private static final String PLUGIN_NAME = "rayonne-analysis";

    private final Process process;
    private final URI url;
    private final Path nodeDir;

    private EmbeddedElasticsearch(Process process, URI url, Path nodeDir) {
        this.process = process;
        this.url = url;
        this.nodeDir = nodeDir;
    }

    public URI url() {
        return url;
    }

    public Path nodeDir() {
        return nodeDir;
    }

    /** Resident memory of the node's processes (launcher and server), in bytes, read from /proc. */
    public long residentMemoryBytes() {
        return Stream.concat(Stream.of(process.toHandle()), process.descendants())
                .mapToLong(p -> residentMemoryBytes(p.pid()))
                .sum();
    }

    static long residentMemoryBytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux, or the process is gone
        }
        return 0;
    }

    /** Starts the node on the url's port and waits until the cluster is healthy. */
    public static EmbeddedElasticsearch start(URI url, ElasticsearchSettings.Embedded settings) {
        Path home = settings.home().toAbsolutePath().normalize();
        if (!Files.isExecutable(home.resolve("bin/elasticsearch"))) {
            throw new EmbeddedElasticsearchException("The Elasticsearch distribution is missing from " + home
                    + ": run Rayonne with ./mvnw, which downloads and unpacks it.");
        }
        Path plugin = settings.plugin().toAbsolutePath().normalize();
        if (!Files.isRegularFile(plugin)) {
            throw new EmbeddedElasticsearchException(
                    "Rayonne's analysis plugin is missing (" + plugin + "): run Rayonne with ./mvnw, which builds it.");
        }
        Path nodeDir = settings.dataDir().toAbsolutePath().normalize();
        Path snapshots = settings.snapshots().toAbsolutePath().normalize();
        if (runsAsRoot()) {
            requireReachableByUnprivilegedUser(home);
            requireReachableByUnprivilegedUser(nodeDir);
            requireReachableByUnprivilegedUser(
                    settings.snapshots().toAbsolutePath().normalize());
        }
        try {
            checkFreeSpace(nodeDir);
            installPlugin(home, plugin);
            prepareNodeDir(home, nodeDir, snapshots);
        } catch (IOException e) {
            throw new EmbeddedElasticsearchException(
                    "Could not prepare the embedded Elasticsearch in " + nodeDir + " (" + e.getMessage() + ").");
        }
        Process process = launch(home, nodeDir, snapshots, url, settings.heap());
        EmbeddedElasticsearch node = new EmbeddedElasticsearch(process, url, nodeDir);
        node.awaitHealthy(settings.startTimeout());
        log.info(
                "Embedded Elasticsearch is up at {} (data: {}, logs: {})",
                url,
                nodeDir.resolve("data"),
                nodeDir.resolve("logs"));
        return node;
    }

    /**
     * What answers at {@code url}: Elasticsearch, nothing, or something else. Used to decide whether
     * to start the embedded node.
     */
    public enum Probe {
        ELASTICSEARCH,
        NOTHING,
        SOMETHING_ELSE,
        NEEDS_CREDENTIALS
    }

    public static Probe probe(URI url) {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(url.resolve("/_cluster/health"))
                            .timeout(Duration.ofSeconds(5))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 401) {
                return Probe.NEEDS_CREDENTIALS;
            }
            return response.statusCode() == 200 && response.body().contains("\"cluster_name\"")
                    ? Probe.ELASTICSEARCH
                    : Probe.SOMETHING_ELSE;
        } catch (ConnectException e) {
            return Probe.NOTHING;
        } catch (IOException e) {
            return Probe.SOMETHING_ELSE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Probe.NOTHING;
        }
    }

    /**
     * As root, the node runs as "nobody", who must be able to pass through every folder above the
     * distribution and the data folder (a checkout under /root usually is not).
     */
    static void requireReachableByUnprivilegedUser(Path path) {
        if (!path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return; // no POSIX permissions to check
        }
        for (Path dir = path.getParent(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir) && !othersMayEnter(dir)) {
                throw new EmbeddedElasticsearchException(
                        "Elasticsearch refuses to run as root, so Rayonne starts it as the"
                                + " user \"nobody\", who cannot enter " + dir
                                + ": move Rayonne to a folder others may enter"
                                + " (for example under /srv or /opt), or run it as an ordinary user.");
            }
        }
    }

    private static boolean othersMayEnter(Path dir) {
        try {
            return Files.getPosixFilePermissions(dir)
                    .contains(java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE);
        } catch (IOException e) {
            return true; // unreadable attributes: let Elasticsearch report what it meets
        }
    }

    private static void checkFreeSpace(Path nodeDir) throws IOException {
        Path existing = nodeDir;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return;
        }
        FileStore store = Files.getFileStore(existing);
        long freeMb = store.getUsableSpace() / (1024 * 1024);
        if (freeMb < 200) {
            throw new EmbeddedElasticsearchException("The disk holding " + nodeDir + " has only " + freeMb
                    + " MB free; Elasticsearch needs at least 200 MB: free some space.");
        }
    }

    /** Unpacks the plugin into the distribution, unless the same build of it is already there. */
    private static void installPlugin(Path home, Path pluginZip) throws IOException {
        Path target = home.resolve("plugins").resolve(PLUGIN_NAME);
        String digest = sha256(pluginZip);
        Path marker = target.resolve(".rayonne-sha256");
        if (Files.isRegularFile(marker) && Files.readString(marker).equals(digest)) {
            return;
        }
        deleteRecursively(target);
        Files.createDirectories(target);
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(pluginZip))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                Path file = target.resolve(entry.getName()).normalize();
                if (!file.startsWith(target) || entry.isDirectory()) {
                    continue;
                }
                Files.createDirectories(file.getParent());
                Files.copy(zip, file, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.writeString(marker, digest);
    }

    private static void prepareNodeDir(Path home, Path nodeDir, Path snapshots) throws IOException {
        for (String dir : List.of("config", "data", "logs", "tmp")) {
            Files.createDirectories(nodeDir.resolve(dir));
        }
        Files.createDirectories(snapshots);
        Path config = nodeDir.resolve("config");
        try (Stream<Path> files = Files.walk(home.resolve("config"))) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path copy =
                        config.resolve(home.resolve("config").relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(copy);
                } else if (!Files.exists(copy)) {
                    Files.copy(source, copy);
                }
            }
        }
        if (runsAsRoot()) {
            run(List.of("chown", "-R", UNPRIVILEGED + ":" + UNPRIVILEGED, nodeDir.toString(), snapshots.toString()));
        }
    }

    private static Process launch(Path home, Path nodeDir, Path snapshots, URI url, String heap) {
        List<String> command = new ArrayList<>();
        if (runsAsRoot()) {
            command.addAll(List.of("setpriv", "--reuid=" + UNPRIVILEGED, "--regid=" + UNPRIVILEGED, "--clear-groups"));
        }
        command.add(home.resolve("bin/elasticsearch").toString());
        command.addAll(List.of(
                "-Ecluster.name=rayonne",
                "-Enode.name=rayonne-embedded",
                "-Ediscovery.type=single-node",
                "-Enetwork.host=" + url.getHost(),
                "-Ehttp.port=" + url.getPort(),
                "-Etransport.port=0",
                "-Epath.data=" + nodeDir.resolve("data"),
                "-Epath.logs=" + nodeDir.resolve("logs"),
                "-Epath.repo=" + snapshots,
                "-Expack.security.enabled=false",
                // A developer machine with a nearly full disk must not turn indices read-only.
                "-Ecluster.routing.allocation.disk.threshold_enabled=false",
                "-Eaction.destructive_requires_name=false"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(nodeDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(nodeDir.resolve("logs/console.log").toFile());
        Map<String, String> env = builder.environment();
        env.put("ES_PATH_CONF", nodeDir.resolve("config").toString());
        env.put("ES_TMPDIR", nodeDir.resolve("tmp").toString());
        env.put("ES_JAVA_HOME", System.getProperty("java.home"));
        env.put("ES_JAVA_OPTS", "-Xms" + heap + " -Xmx" + heap);
        env.put("HOME", nodeDir.toString());
        env.remove("JAVA_TOOL_OPTIONS");
        try {
            return builder.start();
        } catch (IOException e) {
            throw new EmbeddedElasticsearchException(
                    "Could not start Elasticsearch from " + home + " (" + e.getMessage() + ").");
        }
    }

    private void awaitHealthy(Duration timeout) {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest health = HttpRequest.newBuilder(url.resolve("/_cluster/health?wait_for_status=yellow&timeout=1s"))
                .timeout(Duration.ofSeconds(5))
                .build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new EmbeddedElasticsearchException(whyItStopped());
            }
            try {
                HttpResponse<String> response = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                close();
                throw new EmbeddedElasticsearchException("Interrupted while waiting for Elasticsearch.");
            }
            try {
                process.waitFor(250, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        close();
        throw new EmbeddedElasticsearchException("Elasticsearch did not become healthy within " + timeout.toSeconds()
                + " s; see " + nodeDir.resolve("logs") + ".");
    }

    /** One sentence from what the node printed before it stopped. */
    private String whyItStopped() {
        String output;
        try {
            output = Files.readString(nodeDir.resolve("logs/console.log"));
        } catch (IOException e) {
            output = "";
        }
        if (output.contains("BindException") || output.contains("Address already in use")) {
            return "Port " + url.getPort() + " is already taken by another program, so the embedded Elasticsearch"
                    + " cannot listen there: stop that program or set another port in rayonne.elasticsearch.url.";
        }
        if (output.contains("No space left on device")) {
            return "The disk holding " + nodeDir
                    + " is full, so the embedded Elasticsearch cannot start: free some space.";
        }
        if (output.contains("failed to obtain node locks")) {
            return "Another Elasticsearch already uses " + nodeDir.resolve("data")
                    + ": stop it (an earlier Rayonne that did not shut down?) and start again.";
        }
        return "The embedded Elasticsearch stopped while starting (exit code " + process.exitValue() + "); see "
                + nodeDir.resolve("logs/console.log") + ".";
    }

    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        log.info("Embedded Elasticsearch stopped");
    }

    static boolean runsAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static void run(List<String> command) throws IOException {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes());
            if (p.waitFor() != 0) {
                throw new IOException(String.join(" ", command) + ": " + output.strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of()
                    .formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
