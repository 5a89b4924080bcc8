namespace WorkflowPortal.Workflows.Notifications;

// A text in both languages: the notification is stored in the recipient's.
public sealed record BilingualText(string English, string Arabic)
{
    // Sentences with values inserted: each inserted text is isolated (Texts.Bidi), in both languages.
    public static BilingualText Isolated(FormattableString english, FormattableString arabic) =>
        new(Texts.Bidi.Text(english), Texts.Bidi.Text(arabic));

    public string In(string language) => language == "ar" ? Arabic : English;
}

// What a feature asks for: "tell this person this". Link is a path inside the portal ("/requests/…").
public sealed record NotificationRequest(Guid RecipientId, string Type, BilingualText Title, BilingualText Body, string? Link = null);

public sealed record NotificationView(Guid Id, string Type, string Title, string Body, string? Link, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt);

public sealed record NotificationList(IReadOnlyList<NotificationView> Items, string? NextCursor, int Unread);

public sealed record PreferenceView(string Type, bool Email);

public sealed record PreferencesView(string Language, IReadOnlyList<PreferenceView> Preferences)
{
    // Dates in emails and reminders also in the Hijri calendar.
    public bool Hijri { get; init; }

    // The person's own time zone, or null for the firm's (`FirmTimeZone`, from the working calendar).
    public string? TimeZone { get; init; }
    public string FirmTimeZone { get; init; } = "UTC";
}

public sealed record SavePreferences(string? Language, IReadOnlyList<PreferenceView>? Preferences)
{
    public bool? Hijri { get; init; }

    // An IANA id such as "Asia/Riyadh"; "" goes back to the firm's; null leaves it as it is.
    public string? TimeZone { get; init; }
}
