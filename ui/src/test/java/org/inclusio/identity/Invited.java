package org.inclusio.identity;

/** People join in tests as they do in production: through an invitation link, with an account of their own. */
public final class Invited {

    public static final String PASSWORD = "a-long-enough-secret";

    private Invited() {
    }

    /** The token of an invitation link {@code …/invitation/<token>}. */
    public static String token(String link) {
        return link.substring(link.lastIndexOf('/') + 1);
    }

    /** Accepts the invitation of {@code link} with a new account {@code username} / {@link #PASSWORD}. */
    public static void join(InvitationLinks links, String link, String username) {
        links.createAccount(token(link), new NewAccount(username, "Test Person", PASSWORD));
    }
}
