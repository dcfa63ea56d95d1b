/**
 * Languages and message bundles: every text a user reads comes from {@code i18n/messages*.properties}
 * (French is the base bundle, English the translation) or, for rule texts, from the rule base.
 */
package fr.vigiesociale.i18n;
