package fr.vigiesociale.report;

import fr.vigiesociale.i18n.Lang;
import fr.vigiesociale.i18n.Messages;
import fr.vigiesociale.scenario.Numbers;

/** A scenario fact as a manager reads it: the field's label and its value with its unit. */
public record FactLabels(Messages m) {

    public String label(String path) {
        return m.has("field." + path) ? m.get("field." + path) : path;
    }

    /** The value with its unit or label; {@code null} reads "inconnu" ("unknown"). */
    public String value(String path, Object v) {
        if (v == null) {
            return m.get("value.unknown");
        }
        if (v instanceof Boolean b) {
            return m.get("value." + b);
        }
        if (v instanceof Number n) {
            String unitKey = "field." + path + ".unit";
            double d = n.doubleValue();
            // "374 070 habitants", as a French reader writes large numbers; "2400" stays as it is
            String number = d == Math.rint(d) && Math.abs(d) >= 10_000 ? Labels.population((long) d, m)
                    : m.number(Numbers.plain(d));
            if (singular(d) && m.has(unitKey + ".one")) {
                return number + " " + m.get(unitKey + ".one");
            }
            return m.has(unitKey) ? number + " " + m.get(unitKey) : number;
        }
        String key = "value." + path + "." + v;
        return m.has(key) ? m.get(key) : String.valueOf(v);
    }

    /** French puts 0 and 1 in the singular ("0 semaine", "1 semaine"); English only 1 ("0 weeks"). */
    private boolean singular(double d) {
        return m.lang() == Lang.FR ? Math.abs(d) < 2 : d == 1;
    }
}
