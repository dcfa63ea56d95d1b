package fr.vigiesociale.ruleset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The files of a rule base, by path relative to the rule folder ({@code solidarity/food-aid.drl}),
 * in a stable order, with the SHA-256 that identifies them.
 */
public record RuleSetFiles(String location, SortedMap<String, byte[]> files) {

    /** The label used for the rules bundled in the jar. */
    public static final String BUNDLED = "rules";

    public RuleSetFiles {
        files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
    }

    /** The rule author's guide at the top of a rule folder: not part of the rule base, nor of its SHA-256. */
    public static final String GUIDE = "README.md";

    /** Every regular file under {@code dir}, skipping hidden ones and the guide. */
    public static RuleSetFiles fromDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new RuleBaseException(dir.toString(),
                    List.of(RuleProblem.of(dir.toString(), 0, "noFolder")));
        }
        SortedMap<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                String rel = dir.relativize(p).toString().replace('\\', '/');
                if (!rel.startsWith(".") && !rel.contains("/.") && !rel.equals("INDEX") && !rel.equals(GUIDE)) {
                    files.put(rel, Files.readAllBytes(p));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RuleSetFiles(dir.toString(), files);
    }

    /** The rules bundled on the class path under {@code rules/}, listed by the build's {@code rules/INDEX}. */
    public static RuleSetFiles bundled() {
        ClassLoader cl = RuleSetFiles.class.getClassLoader();
        SortedMap<String, byte[]> files = new TreeMap<>();
        try (InputStream index = cl.getResourceAsStream("rules/INDEX")) {
            if (index == null) {
                throw new IllegalStateException("rules/INDEX missing from the class path: rebuild with mvn package");
            }
            for (String rel : new String(index.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                if (rel.isBlank()) {
                    continue;
                }
                try (InputStream in = cl.getResourceAsStream("rules/" + rel.strip())) {
                    if (in == null) {
                        throw new IllegalStateException("bundled rule file missing: rules/" + rel);
                    }
                    files.put(rel.strip(), in.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RuleSetFiles(BUNDLED, files);
    }

    /** The DRL files only. */
    public Map<String, byte[]> drlFiles() {
        SortedMap<String, byte[]> drl = new TreeMap<>();
        files.forEach((k, v) -> {
            if (k.endsWith(".drl")) {
                drl.put(k, v);
            }
        });
        return drl;
    }

    public byte[] file(String relativePath) {
        return files.get(relativePath);
    }

    /** SHA-256 over every file's relative path and bytes, in path order. */
    public String sha256() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                md.update(e.getKey().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(e.getValue());
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
