package io.rayonne.observatoire.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import io.rayonne.base.Amounts;
import io.rayonne.observatoire.Dashboard;
import io.rayonne.observatoire.FrenchNumbers;
import org.jspecify.annotations.Nullable;

/** The period's key numbers, each beside its value a year earlier (and the change, for counts). */
class SummaryTiles extends Div {

    SummaryTiles(Dashboard dashboard, java.util.Locale locale) {
        addClassName("rayonne-tiles");
        setId("dashboard-tiles");
        var now = dashboard.current();
        var before = dashboard.yearBefore();
        add(
                tile(
                        "observatoire.tile.planned",
                        now.posts().planned(),
                        before.posts().planned(),
                        locale),
                tile(
                        "observatoire.tile.published",
                        now.posts().published(),
                        before.posts().published(),
                        locale),
                tile(
                        "observatoire.tile.visits",
                        now.press().visits(),
                        before.press().visits(),
                        locale),
                tile(
                        "observatoire.tile.coverage",
                        now.press().coverage().count(),
                        before.press().coverage().count(),
                        locale),
                money(
                        "observatoire.tile.cost-per-article",
                        now.press().costPerArticleCents(),
                        before.press().costPerArticleCents(),
                        locale),
                tile(
                        "observatoire.tile.issues",
                        now.bulletins().issues().size(),
                        before.bulletins().issues().size(),
                        locale),
                rate(
                        "observatoire.tile.open-rate",
                        now.bulletins().openRate(),
                        before.bulletins().openRate(),
                        locale),
                rate(
                        "observatoire.tile.click-rate",
                        now.bulletins().clickRate(),
                        before.bulletins().clickRate(),
                        locale));
    }

    private Component tile(String key, long now, long before, java.util.Locale locale) {
        return tile(key, FrenchNumbers.format(now, locale), FrenchNumbers.format(before, locale), change(now, before));
    }

    private Component rate(String key, @Nullable Double now, @Nullable Double before, java.util.Locale locale) {
        return tile(
                key,
                now == null ? "–" : FrenchNumbers.format(now, locale) + " %",
                before == null ? "–" : FrenchNumbers.format(before, locale) + " %",
                null);
    }

    private Component money(String key, @Nullable Long now, @Nullable Long before, java.util.Locale locale) {
        return tile(
                key,
                now == null ? "–" : Amounts.format(now, locale),
                before == null ? "–" : Amounts.format(before, locale),
                null);
    }

    private static @Nullable Double change(long now, long before) {
        return before == 0 ? null : 100.0 * (now - before) / before;
    }

    private Component tile(String key, String now, String before, @Nullable Double change) {
        var label = new Span(getTranslation(key));
        label.addClassName("rayonne-tile-label");
        var value = new Span(now);
        value.addClassName("rayonne-tile-value");
        String was = getTranslation("observatoire.tile.before", before);
        if (change != null) {
            was += " (" + (change >= 0 ? "+" : "") + Math.round(change) + " %)";
        }
        var previous = new Span(was);
        previous.addClassName("rayonne-tile-before");
        var tile = new Div(label, value, previous);
        tile.addClassName("rayonne-tile");
        tile.getElement().setAttribute("role", "group");
        tile.getElement().setAttribute("aria-label", getTranslation(key));
        return tile;
    }
}
