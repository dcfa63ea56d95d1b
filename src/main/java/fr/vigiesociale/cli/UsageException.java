package fr.vigiesociale.cli;

/** A command-line mistake: the message (already in the user's language) says what is wrong. */
final class UsageException extends Exception {
    UsageException(String message) {
        super(message);
    }
}
