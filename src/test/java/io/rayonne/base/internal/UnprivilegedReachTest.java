package io.rayonne.base.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** As root, the node runs as "nobody": a folder nobody may enter is named before anything starts. */
class UnprivilegedReachTest {

    @TempDir
    Path temp;

    @Test
    void aPrivateParentFolderIsNamedWithTheWayOut() throws IOException {
        Path closed = Files.createDirectory(temp.resolve("private"));
        Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("rwx------"));
        assertThatThrownBy(() ->
                        EmbeddedElasticsearch.requireReachableByUnprivilegedUser(closed.resolve("data/elasticsearch")))
                .isInstanceOf(EmbeddedElasticsearchException.class)
                .hasMessageContaining("cannot enter " + closed)
                .hasMessageContaining("/srv");
    }

    @Test
    void openFoldersPass() throws IOException {
        Path open = Files.createDirectory(temp.resolve("open"));
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwxr-xr-x"));
        assertThatCode(() -> EmbeddedElasticsearch.requireReachableByUnprivilegedUser(open.resolve("data")))
                .doesNotThrowAnyException();
    }
}
