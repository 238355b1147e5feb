package io.rayonne.calendar.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * FullCalendar as a Flow component ({@code frontend/components/rayonne-calendar.js}). The browser
 * asks for the posts of the range it shows; times travel as Paris wall-clock times without offset.
 */
@Tag("rayonne-calendar")
@NpmPackage(value = "@fullcalendar/core", version = CalendarComponent.FULLCALENDAR)
@NpmPackage(value = "@fullcalendar/daygrid", version = CalendarComponent.FULLCALENDAR)
@NpmPackage(value = "@fullcalendar/timegrid", version = CalendarComponent.FULLCALENDAR)
@NpmPackage(value = "@fullcalendar/list", version = CalendarComponent.FULLCALENDAR)
@NpmPackage(value = "@fullcalendar/interaction", version = CalendarComponent.FULLCALENDAR)
@JsModule("./components/rayonne-calendar.js")
class CalendarComponent extends Component {

    static final String FULLCALENDAR = "6.1.20";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the calendar shows: month, week or the list of the month. */
    enum View {
        MONTH,
        WEEK,
        LIST;

        String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        static View of(@Nullable String code) {
            for (View v : values()) {
                if (v.code().equals(code)) {
                    return v;
                }
            }
            return MONTH;
        }
    }

    /** One post on the calendar. */
    record Entry(
            String id,
            String title,
            LocalDateTime at,
            String color,
            List<String> channels,
            String channelLabels,
            String status,
            String statusLabel,
            String officeName,
            boolean editable) {}

    /** The server's side of the calendar. */
    interface Source {
        List<Entry> entries(LocalDate from, LocalDate toExcluded);

        /** Moves a post; false (after telling the person why) to put it back where it was. */
        boolean move(String id, LocalDateTime to);

        void open(String id);

        void create(LocalDateTime at);

        /** The view and the day at the middle of the range now shown. */
        void shown(View view, LocalDate day);
    }

    private final Source source;

    CalendarComponent(
            Source source, View view, LocalDate date, LocalDateTime now, Map<String, String> labels, String language) {
        this.source = source;
        getElement().setProperty("view", view.code());
        getElement().setProperty("date", date.toString());
        getElement().setProperty("now", now.withNano(0).toString());
        getElement().setProperty("language", language);
        getElement().setPropertyJson("labels", elemental.json.Json.parse(write(labels)));
    }

    /** Asks the browser to load the posts again (after a filter changed or a post was saved). */
    void refresh() {
        getElement().callJsFunction("refetch");
    }

    void show(View view, LocalDate date) {
        getElement().callJsFunction("showView", view.code(), date.toString());
    }

    @ClientCallable
    String events(String from, String toExcluded) {
        List<Map<String, Object>> events = source.entries(LocalDate.parse(from), LocalDate.parse(toExcluded)).stream()
                .map(CalendarComponent::event)
                .toList();
        return write(events);
    }

    @ClientCallable
    boolean move(String id, String to, boolean allDay) {
        LocalDateTime at = parse(to);
        if (at == null || allDay) {
            return false;
        }
        return source.move(id, at);
    }

    @ClientCallable
    void open(String id) {
        source.open(id);
    }

    @ClientCallable
    void create(String at, boolean allDay) {
        LocalDateTime when = parse(at);
        if (when != null) {
            source.create(allDay ? when.toLocalDate().atTime(10, 0) : when);
        }
    }

    @ClientCallable
    void shown(String view, String day) {
        try {
            source.shown(View.of(view), LocalDate.parse(day));
        } catch (DateTimeParseException e) {
            // A day the browser could not name: nothing to remember.
        }
    }

    private static @Nullable LocalDateTime parse(String text) {
        try {
            return text.length() <= 10 ? LocalDate.parse(text).atStartOfDay() : LocalDateTime.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Map<String, Object> event(Entry e) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("id", e.id());
        event.put("title", e.title());
        event.put("start", e.at().toString());
        event.put("allDay", false);
        event.put("backgroundColor", e.color());
        event.put("borderColor", e.color());
        event.put("textColor", "#fff");
        event.put("editable", e.editable());
        event.put("classNames", List.of("rayonne-post-" + e.status()));
        event.put(
                "extendedProps",
                Map.of(
                        "channels", e.channels(),
                        "channelLabels", e.channelLabels(),
                        "status", e.status(),
                        "statusLabel", e.statusLabel(),
                        "officeName", e.officeName()));
        return event;
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
