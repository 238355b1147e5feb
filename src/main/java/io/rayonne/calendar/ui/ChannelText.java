package io.rayonne.calendar.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import io.rayonne.base.Channel;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One channel's text of a post: the text, its count as the network counts it (red past the limit),
 * the hashtags for Instagram, a helper that shortens it cleanly, and a preview as it will read.
 */
class ChannelText extends FlexLayout {

    /** Hashtags and web addresses, set apart in the preview as the networks show them. */
    private static final Pattern MARKED = Pattern.compile("(?<![\\p{L}\\p{N}_&])#[\\p{L}\\p{N}_]+|https?://\\S+");

    private final Channel channel;
    private final TextArea text = new TextArea();
    private final Span count = new Span();
    private final Span hashtags = new Span();
    private final Button shorten;
    private final Div preview = new Div();

    private final Span author = new Span();

    ChannelText(Channel channel, String office) {
        this.channel = channel;
        addClassName("rayonne-channel-text");
        getElement().setAttribute("data-channel", channel.name().toLowerCase(java.util.Locale.ROOT));
        setFlexWrap(FlexWrap.WRAP);

        String name = getTranslation(channel.key());
        text.setLabel(getTranslation("calendar.post.text-for", name));
        text.setWidthFull();
        text.setMinHeight("9rem");
        text.setMaxHeight("22rem");
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setValueChangeTimeout(150);
        text.addValueChangeListener(e -> update());
        count.addClassName("rayonne-channel-count");
        hashtags.addClassName("rayonne-channel-hashtags");
        shorten = new Button(getTranslation("calendar.post.shorten", name), VaadinIcon.SCISSORS.create(), e -> {
            text.setValue(channel.shorten(text.getValue()));
        });
        shorten.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        var counters = new HorizontalLayout(count, hashtags, shorten);
        counters.setAlignItems(FlexComponent.Alignment.CENTER);
        counters.setSpacing(true);
        counters.addClassName("rayonne-channel-counters");
        var writing = new VerticalLayout(text, counters);
        writing.setPadding(false);
        writing.setSpacing(false);
        writing.addClassName("rayonne-channel-writing");

        preview.addClassName("rayonne-preview");
        preview.addClassName("rayonne-preview-" + channel.name().toLowerCase(java.util.Locale.ROOT));
        var previewTitle = new H4(getTranslation("calendar.post.preview", name));
        author.setText(office);
        var header = new Div(author, new Span(name));
        header.addClassName("rayonne-preview-header");
        var column = new VerticalLayout(previewTitle, header, preview);
        column.setPadding(false);
        column.setSpacing(false);
        column.addClassName("rayonne-channel-preview");
        add(writing, column);
        update();
    }

    Channel channel() {
        return channel;
    }

    String value() {
        return text.getValue();
    }

    void setValue(String value) {
        text.setValue(value);
        update();
    }

    /** The office the post is published as, shown in the preview's header. */
    void setAuthor(String office) {
        author.setText(office);
    }

    void setReadOnly(boolean readOnly) {
        text.setReadOnly(readOnly);
    }

    void focus() {
        text.focus();
    }

    /** A problem the server found for this channel (too long, too many hashtags). */
    void problem(String message) {
        text.setErrorMessage(message);
        text.setInvalid(true);
    }

    private void update() {
        String value = text.getValue();
        int n = channel.count(value);
        boolean tooLong = channel.limit().isPresent() && n > channel.limit().getAsInt();
        count.setText(
                channel.limit().isPresent()
                        ? getTranslation(
                                "calendar.post.count-of",
                                format(n),
                                format(channel.limit().getAsInt()))
                        : getTranslation("calendar.post.count", format(n)));
        count.getElement().setAttribute("data-over", String.valueOf(tooLong));
        count.getElement().setAttribute("aria-live", "polite");
        text.setInvalid(tooLong);
        text.setErrorMessage(
                tooLong
                        ? getTranslation(
                                "calendar.error.too-long",
                                getTranslation(channel.key()),
                                format(n),
                                format(channel.limit().getAsInt()))
                        : null);
        int tags = Channel.hashtags(value).size();
        hashtags.setVisible(channel.hashtagLimit().isPresent());
        channel.hashtagLimit().ifPresent(limit -> {
            hashtags.setText(getTranslation("calendar.post.hashtags-of", tags, limit));
            hashtags.getElement().setAttribute("data-over", String.valueOf(tags > limit));
            if (tags > limit && !tooLong) {
                text.setInvalid(true);
                text.setErrorMessage(
                        getTranslation("calendar.error.too-many-hashtags", getTranslation(channel.key()), tags, limit));
            }
        });
        shorten.setVisible(tooLong);
        showPreview(value);
    }

    /** The text as plain nodes (never markup), hashtags and links set apart. */
    private void showPreview(String value) {
        preview.removeAll();
        if (value.isBlank()) {
            var empty = new Span(getTranslation("calendar.post.preview-empty"));
            empty.addClassName("rayonne-preview-empty");
            preview.add(empty);
            return;
        }
        Matcher m = MARKED.matcher(value);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                preview.add(new Text(value.substring(at, m.start())));
            }
            var marked = new Span(m.group());
            marked.addClassName("rayonne-preview-mark");
            preview.add(marked);
            at = m.end();
        }
        if (at < value.length()) {
            preview.add(new Text(value.substring(at)));
        }
    }

    private String format(int n) {
        return java.text.NumberFormat.getIntegerInstance(getLocale()).format(n);
    }
}
