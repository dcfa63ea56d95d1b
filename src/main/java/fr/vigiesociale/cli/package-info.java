/** The command line of contract v1 §3: {@code evaluate [--format text|json|markdown] [--rules DIR] [--lang fr|en] FILE...}. */
package fr.vigiesociale.cli;
