package org.shield.application.common;

/**
 * The action needs a supervisor's approval first (the non-punishment guard, a case closure): nothing was
 * done. The message says why; the caller can file a request with a written reason instead.
 */
public class ApprovalNeededException extends ApplicationException {
    private static final long serialVersionUID = 1L;

    public ApprovalNeededException(UserMessage message) {
        super(message);
    }
}
