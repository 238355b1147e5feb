package io.rayonne.media.ui;

import com.vaadin.flow.component.Component;
import io.rayonne.base.ui.Dates;
import io.rayonne.media.ConsentProblem;
import java.util.List;

/** Consent problems said in the person's language: which photo, and why. */
public final class ConsentMessages {

    private ConsentMessages() {}

    public static String text(Component context, ConsentProblem problem) {
        String use = problem.use() == null
                ? ""
                : context.getTranslation(problem.use().key());
        String date = problem.date() == null
                ? ""
                : Dates.date(
                        problem.date(),
                        context.getUI().map(ui -> ui.getLocale()).orElse(java.util.Locale.FRENCH));
        return context.getTranslation(problem.key(), problem.fileName(), use, date);
    }

    public static List<String> texts(Component context, List<ConsentProblem> problems) {
        return problems.stream().map(p -> text(context, p)).toList();
    }
}
