package io.handspec.runtime;

/** Paging cannot go on safely: the server repeated a page or a link, or linked to another origin. */
public final class PagingException extends HandspecException {
    private static final long serialVersionUID = 1L;

    public PagingException(String message) {
        super(message, null);
    }
}
