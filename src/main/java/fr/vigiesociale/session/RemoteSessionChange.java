package fr.vigiesociale.session;

/**
 * A session changed on another instance of the application (sharing this one's database): its
 * live pages here must update, as for a {@link SessionService.SessionChanged} made here.
 */
public record RemoteSessionChange(long sessionId) { }
