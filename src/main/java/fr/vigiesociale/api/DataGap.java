package fr.vigiesociale.api;

import java.util.List;

/**
 * An input the scenario leaves unknown although knowing it could add or raise an action:
 * {@code field} is its path, {@code why} says which actions, {@code actions} lists their ids.
 */
public record DataGap(String field, String why, List<String> actions) {

    public DataGap {
        actions = List.copyOf(actions);
    }
}
