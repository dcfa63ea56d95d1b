package fr.vigiesociale.web.page;

import fr.vigiesociale.i18n.Messages;
import fr.vigiesociale.scenario.Numbers;

/** A scenario fact as a manager reads it: the field's label and its value with its unit. */
record FactLabels(Messages m) {

    String label(String path) {
        return m.has("field." + path) ? m.get("field." + path) : path;
    }

    String value(String path, Object v) {
        if (v instanceof Boolean b) {
            return m.get("value." + b);
        }
        if (v instanceof Number n) {
            String unitKey = "field." + path + ".unit";
            String number = m.number(Numbers.plain(n.doubleValue()));
            return m.has(unitKey) ? number + " " + m.get(unitKey) : number;
        }
        String key = "value." + path + "." + v;
        return m.has(key) ? m.get(key) : String.valueOf(v);
    }
}
