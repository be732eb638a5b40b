package dev.berth.ui.autoscaling;

import dev.berth.core.model.Message;
import dev.berth.core.model.MessageSystemAttributeNames;
import dev.berth.ui.common.ModelRow;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;

/** One message a look into the queue found: its body, id and how often it was received. */
public final class MessageRow extends ModelRow<Message> {
    private final StringProperty body = new SimpleStringProperty(this, "body");
    private final StringProperty messageId = new SimpleStringProperty(this, "messageId");
    private final IntegerProperty receiveCount = new SimpleIntegerProperty(this, "receiveCount");

    public MessageRow(String id) {
        super(id);
    }

    @Override
    protected void show(Message message) {
        body.set(message.body());
        messageId.set(message.messageId());
        String count = message.attributes().get(MessageSystemAttributeNames.APPROXIMATE_RECEIVE_COUNT);
        receiveCount.set(count == null ? 0 : Integer.parseInt(count));
    }

    @Override
    protected Iterable<String> searchableText(Message message) {
        return List.of(message.body(), message.messageId());
    }

    public String body() {
        return body.get();
    }

    public int receiveCount() {
        return receiveCount.get();
    }

    public ReadOnlyStringProperty bodyProperty() {
        return body;
    }

    public ReadOnlyStringProperty messageIdProperty() {
        return messageId;
    }

    public ReadOnlyIntegerProperty receiveCountProperty() {
        return receiveCount;
    }
}
