package org.extentlab.images;

import java.io.IOException;

/**
 * An image that cannot be read as the format it claims to be: truncated, damaged or using a feature
 * Extent Lab does not read. The message is written for the user.
 */
public class ImageFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    public ImageFormatException(String message) {
        super(message);
    }
}
