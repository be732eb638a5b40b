package dev.berth.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;

/**
 * Whether the views may offer changes. A real AWS connection is {@code live} and starts {@code locked} (read-only)
 * until the user turns writes on for its profile; the simulator is never locked. Write actions bind to it, and
 * live connections ask for a resource's name before scaling it to zero.
 */
public final class WriteLock {
    private final ReadOnlyBooleanWrapper locked = new ReadOnlyBooleanWrapper(this, "locked");
    private final ReadOnlyBooleanWrapper live = new ReadOnlyBooleanWrapper(this, "live");

    public void set(boolean isLive, boolean isLocked) {
        live.set(isLive);
        locked.set(isLocked);
    }

    public boolean isLocked() {
        return locked.get();
    }

    public ReadOnlyBooleanProperty lockedProperty() {
        return locked.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty liveProperty() {
        return live.getReadOnlyProperty();
    }

    /** Disables {@code action} while writes are locked. */
    public void guard(Node action) {
        action.disableProperty().bind(locked);
    }

    /** Disables {@code action} while writes are locked or {@code otherwise} holds. */
    public void guard(Node action, ObservableValue<Boolean> otherwise) {
        action.disableProperty().bind(Bindings.createBooleanBinding(
                () -> locked.get() || Boolean.TRUE.equals(otherwise.getValue()), locked, otherwise));
    }
}
