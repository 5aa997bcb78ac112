package studio.oracle;

import org.apache.velocity.app.event.ReferenceInsertionEventHandler;

/** API Gateway prints nothing for a null or undefined reference where plain Velocity prints its source text. */
public final class NullAsEmpty implements ReferenceInsertionEventHandler {
    public Object referenceInsert(String reference, Object value) {
        return value == null ? "" : value;
    }
}
