package io.rayonne.operations.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Copies of the media files beside the snapshots. Files are named by their content's hash and
 * never change, so each file is copied once into {@code files/} and each backup is a manifest of
 * the files it holds (incremental, like Elasticsearch's snapshots). The newsletter's signing key
 * goes with each backup: without it, the unsubscribe links already sent would stop working.
 */
public final class MediaCopies {

    private final Path files;
    private final Path manifests;

    public MediaCopies(Path directory) {
        this.files = directory.resolve("files");
        this.manifests = directory.resolve("manifests");
    }

    /** Copies what is new in {@code media} and writes the backup's manifest; returns its number of files. */
    public int save(String backup, Path media, Path key) {
        try {
            Files.createDirectories(files);
            Files.createDirectories(manifests);
            List<String> listed = new ArrayList<>();
            if (Files.isDirectory(media)) {
                try (Stream<Path> walk = Files.walk(media)) {
                    for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                        String relative = media.relativize(file).toString();
                        Path copy = files.resolve(relative);
                        if (!Files.exists(copy) || Files.size(copy) != Files.size(file)) {
                            Files.createDirectories(copy.getParent());
                            Path partial = copy.resolveSibling(copy.getFileName() + ".part");
                            Files.copy(file, partial, StandardCopyOption.REPLACE_EXISTING);
                            Files.move(
                                    partial, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                        }
                        listed.add(relative);
                    }
                }
            }
            if (Files.isRegularFile(key)) {
                Files.copy(key, manifests.resolve(backup + ".key"), StandardCopyOption.REPLACE_EXISTING);
            }
            Path manifest = manifests.resolve(backup + ".txt");
            Path partial = manifests.resolve(backup + ".txt.part");
            Files.write(partial, listed);
            Files.move(partial, manifest, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return listed.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many files the backup holds; -1 when it has no manifest (made elsewhere, or lost). */
    public int count(String backup) {
        Path manifest = manifests.resolve(backup + ".txt");
        try {
            return Files.exists(manifest) ? Files.readAllLines(manifest).size() : -1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Puts the backup's files (and key, when the installation has none) back; returns how many. */
    public int restore(String backup, Path media, Path key) {
        Path manifest = manifests.resolve(backup + ".txt");
        try {
            if (!Files.exists(manifest)) {
                throw new IllegalStateException("No copy of the media files for backup " + backup + " in " + manifests);
            }
            List<String> listed = Files.readAllLines(manifest);
            for (String relative : listed) {
                Path target = media.resolve(relative);
                Files.createDirectories(target.getParent());
                Files.copy(files.resolve(relative), target, StandardCopyOption.REPLACE_EXISTING);
            }
            Path savedKey = manifests.resolve(backup + ".key");
            if (Files.exists(savedKey) && !Files.exists(key)) {
                if (key.getParent() != null) {
                    Files.createDirectories(key.getParent());
                }
                Files.copy(savedKey, key);
            }
            return listed.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Forgets the backups not kept, and the files none of the kept ones holds. */
    public void prune(Set<String> kept) {
        if (!Files.isDirectory(manifests)) {
            return;
        }
        try {
            Set<String> stillListed = new HashSet<>();
            try (Stream<Path> all = Files.list(manifests)) {
                for (Path manifest : (Iterable<Path>) all::iterator) {
                    String name = manifest.getFileName().toString();
                    String backup = name.replaceFirst("\\.(txt|key)$", "");
                    if (!kept.contains(backup)) {
                        Files.delete(manifest);
                    } else if (name.endsWith(".txt")) {
                        stillListed.addAll(Files.readAllLines(manifest));
                    }
                }
            }
            if (Files.isDirectory(files)) {
                try (Stream<Path> walk = Files.walk(files)) {
                    for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                        if (!stillListed.contains(files.relativize(file).toString())) {
                            Files.delete(file);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
