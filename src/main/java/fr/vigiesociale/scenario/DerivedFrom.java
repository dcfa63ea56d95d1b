package fr.vigiesociale.scenario;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an accessor of a scenario record that rule conditions may use although it is not a field
 * ({@code Crisis.lockedDown()}): it names the fields of the same block it is computed from, so the
 * rule base knows which scenario fields a condition reads.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface DerivedFrom {
    /** The record components the accessor reads. */
    String[] value();
}
