package fr.vigiesociale.session;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.env.Environment;

/**
 * The folder of the embedded database ({@code vigie.data-dir}) holds participants' names and
 * decisions: before any bean opens the database, it is created readable by its owner only
 * ({@code rwx------}), and an existing one is narrowed to that, with the files already in it.
 * Runs before the beans are made, so the database never starts in a folder others can read.
 */
final class PrivateDataDirectory implements BeanFactoryPostProcessor {

    private final Environment environment;

    PrivateDataDirectory(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        String dir = environment.getProperty("vigie.data-dir");
        String url = environment.getProperty("spring.datasource.url", "");
        if (dir == null || !url.startsWith("jdbc:h2:file:") || !FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return; // PostgreSQL, an in-memory database, or a file system without owners
        }
        try {
            Path folder = Files.createDirectories(Path.of(dir));
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
            try (var files = Files.list(folder)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the data folder " + dir + " cannot be made private", e);
        }
    }
}
