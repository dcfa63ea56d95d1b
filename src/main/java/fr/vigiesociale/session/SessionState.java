package fr.vigiesociale.session;

/** Where a session stands: waiting for participants, running, paused by the trainer, or over. */
public enum SessionState {
    WAITING, RUNNING, PAUSED, ENDED
}
