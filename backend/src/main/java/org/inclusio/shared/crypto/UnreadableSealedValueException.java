package org.inclusio.shared.crypto;

/**
 * A sealed value could not be opened: it was altered, belongs to another row or tenant, or its key is no longer in
 * the key ring. The message names neither the data nor the key material.
 */
public class UnreadableSealedValueException extends RuntimeException {

    UnreadableSealedValueException(String message) {
        super(message);
    }
}
