package dev.berth.ui.training;

import dev.berth.training.Lesson;
import dev.berth.training.Topic;
import dev.berth.ui.common.AreaFrame;
import dev.berth.ui.common.ToolButton;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.MouseButton;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * The Training area: the lessons grouped by topic with the learner's progress, and the chosen lesson's overview. An
 * opened lesson shows in {@link #lessonPane()}, which the main window keeps beside every area.
 */
public final class TrainingView {
    private final TrainingViewModel viewModel;
    private final TreeView<CatalogItem> lessons = new TreeView<>();
    private final LessonPane lessonPane;
    /** Built when the Training area is first shown, so the window appears sooner. */
    private AreaFrame frame;

    public TrainingView(TrainingViewModel viewModel) {
        this.viewModel = viewModel;
        lessonPane = new LessonPane(viewModel);
    }

    private AreaFrame buildFrame() {
        AreaFrame frame = new AreaFrame("training", "Training", viewModel);
        frame.getStylesheets().add(TrainingStyles.STYLESHEET);
        lessons.setId("training-lessons");
        lessons.setShowRoot(false);
        TreeItem<CatalogItem> root = new TreeItem<>();
        for (Topic topic : viewModel.catalog().topics()) {
            TreeItem<CatalogItem> topicItem = new TreeItem<>(CatalogItem.of(topic));
            topicItem.setExpanded(true);
            for (Lesson lesson : topic.lessons()) {
                topicItem.getChildren().add(new TreeItem<>(CatalogItem.of(lesson)));
            }
            root.getChildren().add(topicItem);
        }
        lessons.setRoot(root);
        lessons.setCellFactory(tree -> new CatalogCell(viewModel.progressProperty(), viewModel.challengesProperty()));
        lessons.getSelectionModel().selectedItemProperty().addListener((observable, old, item) ->
                viewModel.selectedProperty().set(item == null || item.getValue() == null ? null
                        : item.getValue().lesson()));
        lessons.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2
                    && viewModel.selectedProperty().get() != null) {
                viewModel.openSelected();
            }
        });
        viewModel.progressProperty().addListener(observable -> lessons.refresh());
        viewModel.challengesProperty().addListener(observable -> lessons.refresh());

        Label complete = new Label();
        complete.setId("training-complete-count");
        viewModel.progressProperty().addListener(observable -> complete.setText(completeText()));
        complete.setText(completeText());
        frame.addSelectors(complete);
        frame.addActions(new ToolButton("training-exam", "Exam practice", MaterialDesignC.CLIPBOARD_CHECK_OUTLINE,
                () -> ExamDialog.show(frame.getScene().getWindow(), viewModel)));

        SplitPane content = new SplitPane(lessons, new LessonOverview(viewModel));
        content.setDividerPositions(0.5);
        frame.setContent(content);
        selectFirstUnfinished();
        return frame;
    }

    /** So the overview shows where to go on, not an empty page. */
    private void selectFirstUnfinished() {
        for (TreeItem<CatalogItem> topic : lessons.getRoot().getChildren()) {
            for (TreeItem<CatalogItem> item : topic.getChildren()) {
                Lesson lesson = item.getValue().lesson();
                if (!viewModel.progressProperty().get().get(lesson.id()).completes(lesson)) {
                    lessons.getSelectionModel().select(item);
                    return;
                }
            }
        }
    }

    private String completeText() {
        long complete = viewModel.catalog().lessons().stream()
                .filter(lesson -> viewModel.progressProperty().get().get(lesson.id()).completes(lesson)).count();
        return complete + " of " + viewModel.catalog().lessons().size() + " lessons complete";
    }

    /** The open lesson, to be shown beside the current area; invisible while no lesson is open. */
    public Node lessonPane() {
        return lessonPane;
    }

    /** Checks the open lesson's objectives; the main window calls it on every refresh, whatever area is shown. */
    public void checkLesson() {
        viewModel.checkLesson();
    }

    /** The area as the main window shows it. */
    public AreaFrame frame() {
        if (frame == null) {
            frame = buildFrame();
        }
        return frame;
    }
}
