package org.shield.ui.common;

/**
 * A message argument that puts itself into words in the user's language, as {@link Messages} formats the message
 * (an enum argument becomes its label the same way).
 */
public interface Labelled {
    String label(Messages m);
}
