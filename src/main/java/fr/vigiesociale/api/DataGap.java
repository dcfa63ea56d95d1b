package fr.vigiesociale.api;

import java.util.List;

/**
 * An input the scenario leaves unknown although knowing it could add or raise an action:
 * {@code field} is its path, {@code why} says which actions, {@code actions} lists their ids, the
 * one it could change most first; {@code points} is how much it could add at most to one action's
 * score, and {@code action} that action; {@code level} is the highest level knowing it could bring an
 * action to, by adding it or raising it to a higher level ({@code null} when it would only raise
 * actions within their level).
 */
public record DataGap(String field, String why, List<String> actions, double points, String action,
                      fr.vigiesociale.ruleset.Level level) {

    public DataGap {
        actions = List.copyOf(actions);
    }
}
