using System.Text.RegularExpressions;
using WorkflowPortal.Workflows.Outcomes;
using WorkflowPortal.Workflows.Texts;

namespace WorkflowPortal.Api.Problems;

// A use case's error as a page shows it, in the reader's language. Use cases write their refusals
// in English (the API's words, and most of them never reach a page); a page shown in Arabic reads
// the Arabic of the same sentence from this table. A sentence is a template: "{0}" stands for a
// value (a number, a name) that is carried over, isolated so that it keeps its own direction.
// A refusal the table does not know reads as a plain Arabic sentence for its kind, never as English
// in an Arabic page; ErrorWordsTests fails when a use case writes a sentence missing here.
internal static partial class ErrorWords
{
    // In the language the page is shown in (a circuit's culture is the reader's).
    public static string Message(Error error) => Message(error, Reader);
    public static string First(Error error) => First(error, Reader);
    public static string All(Error error) => All(error, Reader);

    static string Reader => System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ar" ? "ar" : "en";

    public static string Message(Error error, string language) =>
        language == "ar" ? Arabic(error.Message) ?? ForKind(error.Kind) : error.Message;

    // Each field's messages, in the reader's language.
    public static IReadOnlyList<string> Fields(Error error, string language) =>
        error.Fields is { Count: > 0 } fields
            ? [.. fields.SelectMany(f => f.Value).Select(m => language == "ar" ? Arabic(m) ?? ForKind(ErrorKind.Invalid) : m)]
            : [];

    // What a form shows beside its button: the first field's message, or the error's own.
    public static string First(Error error, string language) => Fields(error, language).FirstOrDefault() ?? Message(error, language);

    // Every field message, or the error's own when it names none.
    public static string All(Error error, string language) =>
        Fields(error, language) is { Count: > 0 } messages ? string.Join(" ", messages.Distinct()) : Message(error, language);

    // The Arabic of an English refusal; null when the table does not know it. A sentence that is
    // already Arabic, or bilingual ("English / عربي"), is kept in its Arabic part.
    public static string? Arabic(string message)
    {
        if (ArabicLetter().IsMatch(message))
        {
            var slash = message.IndexOf(" / ", StringComparison.Ordinal);
            return slash >= 0 && !ArabicLetter().IsMatch(message[..slash]) ? message[(slash + 3)..] : message;
        }
        foreach (var (pattern, arabic) in Compiled)
        {
            var match = pattern.Match(message);
            if (!match.Success) continue;
            var values = match.Groups.Cast<Group>().Skip(1).Select(g => (object)Bidi.Isolate(g.Value)).ToArray();
            return string.Format(arabic, values);
        }
        var prefix = NamePrefix().Match(message);
        return prefix.Success && Arabic(message[prefix.Length..]) is { } rest ? $"{Bidi.Isolate(prefix.Groups[1].Value)}: {rest}" : null;
    }

    static string ForKind(ErrorKind kind) => kind switch
    {
        ErrorKind.NotFound => "هذا العنصر غير موجود أو غير متاح لك.",
        ErrorKind.Forbidden => "ليست لديك صلاحية للقيام بهذا الإجراء.",
        ErrorKind.Conflict => "تعذّر إتمام الإجراء لأن الحالة تغيّرت. أعد تحميل الصفحة وحاول مجددًا.",
        ErrorKind.Unauthorized => "سجّل الدخول مجددًا.",
        ErrorKind.Locked => "الحساب مقفل مؤقتًا. حاول لاحقًا.",
        ErrorKind.TooManyRequests => "طلبات كثيرة في وقت قصير. انتظر قليلًا ثم حاول مجددًا.",
        _ => "بعض البيانات غير صحيحة. راجعها وحاول مجددًا.",
    };

    [GeneratedRegex(@"[\u0600-\u06FF]")]
    private static partial Regex ArabicLetter();

    // "contract.pdf: The file is empty." — a file's name before a sentence.
    [GeneratedRegex(@"^([^:]{1,255}?): ")]
    private static partial Regex NamePrefix();

    static readonly (Regex Pattern, string Arabic)[] Compiled =
        [.. Table.Select(t => (new Regex("^" + Regex.Escape(t.English).Replace(@"\{0}", "(.+?)").Replace(@"\{1}", "(.+?)") + "$",
            RegexOptions.CultureInvariant), t.Arabic))];

    internal static IReadOnlyList<(string English, string Arabic)> Table =>
    [
        // Not found
        ("The client organization was not found.", "الجهة العميلة غير موجودة."),
        ("The contract template was not found.", "قالب العقد غير موجود."),
        ("The contract was not found.", "العقد غير موجود أو غير متاح لك."),
        ("The failed email was not found.", "الرسالة المتعثرة غير موجودة."),
        ("The file was not found.", "الملف غير موجود."),
        ("The hearing was not found.", "الجلسة غير موجودة."),
        ("The holiday was not found.", "العطلة غير موجودة."),
        ("The matter was not found.", "الطلب غير موجود أو غير متاح لك."),
        ("The milestone was not found.", "المرحلة غير موجودة."),
        ("The notification was not found.", "الإشعار غير موجود."),
        ("The pending sign-up was not found.", "طلب التسجيل المعلّق غير موجود."),
        ("The person was not found.", "الشخص غير موجود."),
        ("The request type was not found.", "نوع الطلب غير موجود."),
        ("The task was not found.", "المهمة غير موجودة."),
        ("The team member was not found.", "عضو الفريق غير موجود."),
        ("The workflow instance was not found.", "مسار العمل غير موجود."),
        ("The working calendar was not found.", "تقويم العمل غير موجود."),
        ("No such workflow instance.", "مسار العمل غير موجود."),
        ("'{0}' has no published version {1}.", "لا يوجد لمسار العمل {0} إصدار منشور رقم {1}."),
        ("No published workflow '{0}'.", "لا يوجد مسار عمل منشور باسم {0}."),
        ("'{0}' has no draft to publish.", "لا توجد مسودة لمسار العمل {0} لنشرها."),
        ("No matter or contract runs workflow instance {0}.", "لا يوجد طلب أو عقد يعمل على مسار العمل {0}."),

        // Only some may
        ("Only administrators change the working calendar.", "يغيّر تقويم العمل المسؤولون فقط."),
        ("Only administrators manage failed emails.", "يدير الرسائل المتعثرة المسؤولون فقط."),
        ("Only an administrator can change request types.", "يغيّر أنواع الطلبات المسؤول فقط."),
        ("Only an administrator can define categories.", "يعرّف الفئات المسؤول فقط."),
        ("Only an administrator can define request types.", "يعرّف أنواع الطلبات المسؤول فقط."),
        ("Only an administrator changes access settings.", "يغيّر إعدادات الوصول المسؤول فقط."),
        ("Only an administrator changes roles.", "يغيّر الأدوار المسؤول فقط."),
        ("Only an administrator invites legal-team members.", "يدعو أعضاء الفريق القانوني المسؤول فقط."),
        ("Only an administrator manages legal-team members.", "يدير أعضاء الفريق القانوني المسؤول فقط."),
        ("Only an administrator manages the legal team.", "يدير الفريق القانوني المسؤول فقط."),
        ("Only an administrator manages workflow definitions.", "يدير تعريفات مسارات العمل المسؤول فقط."),
        ("Only an administrator migrates running workflows.", "ينقل مسارات العمل الجارية المسؤول فقط."),
        ("Only an administrator publishes workflows.", "ينشر مسارات العمل المسؤول فقط."),
        ("Only the legal team assigns a lawyer.", "يُسند المحامي الفريق القانوني فقط."),
        ("Only the legal team can write internal notes or mark developments.", "يكتب الملاحظات الداخلية ويحدد المستجدات الفريق القانوني فقط."),
        ("Only the legal team edits milestones.", "يعدّل المراحل الفريق القانوني فقط."),
        ("Only the legal team invites portal users.", "يدعو مستخدمي البوابة الفريق القانوني فقط."),
        ("Only the legal team lists client organizations.", "يعرض قائمة الجهات العميلة الفريق القانوني فقط."),
        ("Only the legal team manages accounts.", "يدير الحسابات الفريق القانوني فقط."),
        ("Only the legal team manages client organizations.", "يدير الجهات العميلة الفريق القانوني فقط."),
        ("Only the legal team manages portal users.", "يدير مستخدمي البوابة الفريق القانوني فقط."),
        ("Only the legal team records hearings.", "يسجّل الجلسات الفريق القانوني فقط."),
        ("Only the legal team records key dates.", "يسجّل التواريخ المهمة الفريق القانوني فقط."),
        ("Only the legal team records related people.", "يسجّل الأشخاص ذوي الصلة الفريق القانوني فقط."),
        ("Only the legal team reviews sign-ups.", "يراجع طلبات التسجيل الفريق القانوني فقط."),
        ("Only the legal team sees workflow definitions.", "يطّلع على تعريفات مسارات العمل الفريق القانوني فقط."),
        ("Only the person who made the request rates it.", "يقيّم الطلب من قدّمه فقط."),
        ("Clients never approve, reject or sign.", "لا يوافق العملاء ولا يرفضون ولا يوقّعون."),
        ("This task is assigned to someone else.", "هذه المهمة مسندة إلى شخص آخر."),
        ("You may not '{0}' here ({1}).", "لا يمكنك تنفيذ الإجراء {0} هنا: شروطه غير مستوفاة."),
        ("Sign-up is not open on this portal; ask the legal team for an invitation.", "التسجيل غير متاح في هذه البوابة؛ اطلب دعوة من الفريق القانوني."),
        ("Two-factor authentication is required for the legal team: turn it on in your profile first.", "التحقق بخطوتين مطلوب للفريق القانوني: فعّله في ملفك الشخصي أولًا."),

        // Conflicts
        ("This task has already been decided or is no longer open.", "تم البت في هذه المهمة أو لم تعد مفتوحة."),
        ("This request has already been rated.", "تم تقييم هذا الطلب من قبل."),
        ("A client organization with this name already exists.", "توجد جهة عميلة بهذا الاسم."),
        ("The contract is closed; no new version can be added.", "العقد مغلق؛ لا يمكن إضافة إصدار جديد."),
        ("Someone with this email address already has an account or an invitation.", "لدى شخص بهذا البريد الإلكتروني حساب أو دعوة."),
        ("There is no version of the contract to sign yet.", "لا يوجد بعد إصدار من العقد للتوقيع."),
        ("There is no version to sign.", "لا يوجد إصدار للتوقيع."),
        ("Start the setup first.", "ابدأ الإعداد أولًا."),
        ("The contract is not waiting for approvals.", "العقد ليس بانتظار الموافقات."),
        ("The contract is not waiting for signatures.", "العقد ليس بانتظار التوقيعات."),
        ("Earlier steps must be completed first: this task is still waiting.", "يجب إتمام الخطوات السابقة أولًا: هذه المهمة ما زالت بالانتظار."),
        ("This account is not deactivated.", "هذا الحساب ليس معطّلًا."),
        ("A request can be rated once it is closed.", "يمكن تقييم الطلب بعد إغلاقه."),
        ("Only a pending invitation can be revoked.", "لا يمكن إلغاء إلا الدعوة المعلّقة."),
        ("This person has already accepted their invitation.", "قبل هذا الشخص دعوته من قبل."),
        ("You cannot deactivate your own account.", "لا يمكنك تعطيل حسابك بنفسك."),
        ("You cannot remove your own administrator role; ask another administrator.", "لا يمكنك إزالة دور المسؤول عن نفسك؛ اطلب ذلك من مسؤول آخر."),
        ("Someone else changed this request type; reload it and apply your change again.", "غيّر شخص آخر نوع الطلب هذا؛ أعد تحميله ثم طبّق تعديلك من جديد."),
        ("A calendar holds at most {0} holidays: remove past ones first.", "يتسع التقويم لـ {0} عطلة على الأكثر: احذف العطلات الماضية أولًا."),
        ("The matter is not waiting for the requester.", "الطلب ليس بانتظار رد مقدّم الطلب."),
        ("The requester was reminded less than a day ago.", "ذُكّر مقدّم الطلب قبل أقل من يوم."),
        ("Two-factor authentication is already on.", "التحقق بخطوتين مفعّل بالفعل."),
        ("Turn on two-factor authentication first.", "فعّل التحقق بخطوتين أولًا."),
        ("An administrator requires two-factor authentication for the legal team.", "يشترط المسؤول التحقق بخطوتين للفريق القانوني."),
        ("Another version was added at the same moment. Reload and try again.", "أضيف إصدار آخر في اللحظة نفسها. أعد التحميل وحاول مجددًا."),
        ("Publish '{0}' before a request type runs it.", "انشر مسار العمل {0} قبل أن يستخدمه نوع طلب."),
        ("'{0}' was changed by someone else. Reload and try again.", "غيّر شخص آخر {0}. أعد التحميل وحاول مجددًا."),
        ("The instance was changed by someone since the dry run.", "غيّر أحدهم هذا المسار منذ التشغيل التجريبي."),
        ("The workflow was changed by someone else. Reload and try again.", "غيّر شخص آخر مسار العمل. أعد التحميل وحاول مجددًا."),
        ("The instance is no longer running on version {0}.", "لم يعد هذا المسار يعمل على الإصدار {0}."),
        ("The tasks of '{0}' have already been started.", "بدأت مهام الحالة {0} من قبل."),
        ("The instance is in '{0}', which is not a {1} state.", "المسار في الحالة {0}، وهي ليست حالة من النوع المطلوب."),
        ("'{0}' is not possible while the instance is in '{1}'.", "لم يعد هذا الإجراء ({0}) متاحًا في الحالة الحالية ({1}). أعد تحميل الصفحة."),

        // Sign-in and two-factor
        ("This account cannot sign in (not confirmed, waiting for approval or deactivated).", "لا يمكن لهذا الحساب تسجيل الدخول (غير مؤكد أو بانتظار الموافقة أو معطّل)."),
        ("Sign in again.", "سجّل الدخول مجددًا."),
        ("This token is no longer valid: sign in again.", "لم تعد هذه الجلسة صالحة: سجّل الدخول مجددًا."),
        ("Enter the code from your authenticator app (twoFactorCode).", "أدخل الرمز من تطبيق المصادقة."),
        ("The authenticator code is not correct.", "رمز المصادقة غير صحيح."),
        ("The recovery code is not correct or was already used.", "رمز الاسترداد غير صحيح أو استُخدم من قبل."),
        ("The email address or password is not correct.", "البريد الإلكتروني أو كلمة المرور غير صحيحة."),
        ("The password is not correct.", "كلمة المرور غير صحيحة."),
        ("Enter the 6-digit code from your authenticator app.", "أدخل الرمز المكوّن من 6 أرقام من تطبيق المصادقة."),
        ("This code is not correct. Check the time on your phone and try the next code.", "هذا الرمز غير صحيح. تحقق من الوقت في هاتفك وجرّب الرمز التالي."),
        ("Confirm with your password or a current code from your authenticator app.", "أكّد بكلمة المرور أو برمز حالي من تطبيق المصادقة."),
        ("Choose a password.", "اختر كلمة مرور."),
        ("Enter your password.", "أدخل كلمة المرور."),
        ("This link is not valid any more: it was already used, replaced or has expired.", "لم يعد هذا الرابط صالحًا: استُخدم من قبل أو استُبدل أو انتهت صلاحيته."),
        ("Too many requests: try again in {0} seconds.", "طلبات كثيرة: حاول مجددًا بعد {0} ثانية."),

        // Forms and fields
        ("Some fields are not valid.", "بعض الحقول غير صحيحة."),
        ("The hearing is not valid.", "بيانات الجلسة غير صحيحة."),
        ("The request type is not valid.", "نوع الطلب غير صالح."),
        ("The approval steps are incomplete.", "خطوات الموافقة غير مكتملة."),
        ("'{0}' needs more information.", "يحتاج الإجراء {0} إلى معلومات إضافية."),
        ("At least one signer is needed.", "يلزم موقّع واحد على الأقل."),
        ("At least one approval step is needed.", "تلزم خطوة موافقة واحدة على الأقل."),
        ("Say whether you approve (true) or reject (false).", "حدّد ما إذا كنت توافق أو ترفض."),
        ("Say why you reject.", "اذكر سبب الرفض."),
        ("Say why you decline to sign.", "اذكر سبب الامتناع عن التوقيع."),
        ("Read the consent text shown with the document and accept it to sign.", "اقرأ نص الموافقة المعروض مع المستند واقبله لتوقّع."),
        ("Sign with either a typed name or a drawn signature.", "وقّع إما بكتابة الاسم أو برسم التوقيع."),
        ("A drawn signature is a PNG data URL (at most 150 kB, 4000 × 2000 pixels).", "التوقيع المرسوم صورة PNG (150 كيلوبايت و4000 × 2000 بكسل على الأكثر)."),
        ("A typed name is at most 200 characters.", "الاسم المكتوب 200 حرف على الأكثر."),
        ("Approvers and signers are active legal-team members or collaborators of this contract's client.", "الموافقون والموقّعون أعضاء نشطون في الفريق القانوني أو متعاونون مع عميل هذا العقد."),
        ("Plan between 1 and 10 approval steps.", "خطّط من خطوة موافقة واحدة إلى 10 خطوات."),
        ("Plan between 1 and 10 signers.", "خطّط من موقّع واحد إلى 10 موقّعين."),
        ("Each step needs at least one approver.", "تحتاج كل خطوة إلى موافق واحد على الأقل."),
        ("Write a comment or attach a file.", "اكتب تعليقًا أو أرفق ملفًا."),
        ("A comment is at most {0} characters.", "التعليق {0} حرف على الأكثر."),
        ("A note is at most {0} characters.", "الملاحظة {0} حرف على الأكثر."),
        ("A test run takes at most {0} steps.", "يأخذ التشغيل التجريبي {0} خطوة على الأكثر."),
        ("Each step names the trigger it fires.", "تسمّي كل خطوة الإجراء الذي تنفّذه."),
        ("A field value may be empty text but not null.", "قد تكون قيمة الحقل نصًا فارغًا، لكن لا يجوز أن تكون null."),
        ("A guard is named by a word.", "يُسمّى الشرط المسبق بكلمة."),
        ("The definition is not a valid workflow document.", "التعريف ليس مستند مسار عمل صالحًا."),
        ("Choose one of: {0}.", "اختر واحدًا مما يلي: {0}."),
        ("A reason is at most 4000 characters.", "السبب 4000 حرف على الأكثر."),
        ("A description is at most 4000 characters.", "الوصف 4000 حرف على الأكثر."),
        ("Notes are at most 4000 characters.", "الملاحظات 4000 حرف على الأكثر."),
        ("The outcome is at most 4000 characters.", "النتيجة 4000 حرف على الأكثر."),
        ("The remark is at most 2000 characters.", "الملاحظة 2000 حرف على الأكثر."),
        ("The contact is at most 300 characters.", "بيانات التواصل 300 حرف على الأكثر."),
        ("The court is at most 200 characters.", "اسم المحكمة 200 حرف على الأكثر."),
        ("Enter the court.", "أدخل اسم المحكمة."),
        ("Enter the hearing's date and time.", "أدخل تاريخ الجلسة ووقتها."),
        ("The next hearing must come after this one.", "يجب أن تكون الجلسة التالية بعد هذه الجلسة."),
        ("Enter the date (YYYY-MM-DD).", "أدخل التاريخ (سنة-شهر-يوم)."),
        ("A title of 1 to 200 characters is needed.", "يلزم عنوان من حرف واحد إلى 200 حرف."),
        ("Enter a title of at most 200 characters.", "أدخل عنوانًا من 200 حرف على الأكثر."),
        ("Enter a name of at most 200 characters.", "أدخل اسمًا من 200 حرف على الأكثر."),
        ("Enter a role of at most 100 characters.", "أدخل صفة من 100 حرف على الأكثر."),
        ("At most 200 characters.", "200 حرف على الأكثر."),
        ("The name is required in English and Arabic.", "الاسم مطلوب بالإنجليزية والعربية."),
        ("The name must be at most 200 characters.", "يجب ألا يزيد الاسم على 200 حرف."),
        ("Enter the person's name.", "أدخل اسم الشخص."),
        ("Enter the organization's name.", "أدخل اسم الجهة."),
        ("Enter an email address.", "أدخل عنوان بريد إلكتروني."),
        ("Enter your email address.", "أدخل بريدك الإلكتروني."),
        ("This is not a valid email address.", "هذا ليس عنوان بريد إلكتروني صحيحًا."),
        ("At most 50 departments of at most 200 characters each.", "50 إدارة على الأكثر، لا يزيد اسم كل منها على 200 حرف."),
        ("This department does not belong to the client organization.", "هذه الإدارة لا تتبع الجهة العميلة."),
        ("Choose the client organization.", "اختر الجهة العميلة."),
        ("This client organization does not exist.", "هذه الجهة العميلة غير موجودة."),
        ("Choose a request type.", "اختر نوع الطلب."),
        ("Choose an existing category.", "اختر فئة موجودة."),
        ("Choose an active member of the legal team.", "اختر عضوًا نشطًا في الفريق القانوني."),
        ("Choose a rating from 1 to 5.", "اختر تقييمًا من 1 إلى 5."),
        ("Choose the action to take.", "اختر الإجراء المطلوب."),
        ("Choose at least one instance to migrate.", "اختر مسارًا واحدًا على الأقل لنقله."),
        ("A batch moves at most {0} instances.", "تنقل الدفعة الواحدة {0} مسار على الأكثر."),
        ("Choose a time zone from the list (for example Asia/Riyadh).", "اختر منطقة زمنية من القائمة (مثل Asia/Riyadh)."),
        ("Choose at least one working day.", "اختر يوم عمل واحدًا على الأقل."),
        ("A working day is not a day of the week.", "أحد أيام العمل ليس يومًا من أيام الأسبوع."),
        ("Choose once, every year, or every Hijri year.", "اختر: مرة واحدة، أو كل سنة، أو كل سنة هجرية."),
        ("A holiday lasts from 1 to {0} days.", "تمتد العطلة من يوم واحد إلى {0} يومًا."),
        ("Give the holiday's Arabic name (at most {0} characters).", "أدخل اسم العطلة بالعربية ({0} حرف على الأكثر)."),
        ("Give the holiday's English name (at most {0} characters).", "أدخل اسم العطلة بالإنجليزية ({0} حرف على الأكثر)."),
        ("The range is 1 to {0} days.", "المدى من يوم واحد إلى {0} يومًا."),
        ("Give an amount or a percentage of the contract value, not both.", "أدخل مبلغًا أو نسبة من قيمة العقد، لا كليهما."),
        ("The amount cannot be negative.", "لا يمكن أن يكون المبلغ سالبًا."),
        ("A percentage is between 0 and 100.", "النسبة بين 0 و100."),
        ("Unknown financial status.", "الحالة المالية غير معروفة."),
        ("Unknown milestone status.", "حالة المرحلة غير معروفة."),
        ("A field value is text, a number (at most 28 digits), yes/no, or a list of those.", "قيمة الحقل نص أو رقم (28 خانة على الأكثر) أو نعم/لا أو قائمة منها."),
        ("The clause '{0}' is not in the clause library.", "البند {0} غير موجود في مكتبة البنود."),

        // Files
        ("The file is empty.", "الملف فارغ."),
        ("The file is larger than the {0} MB limit.", "الملف أكبر من الحد المسموح ({0} ميغابايت)."),
        ("This type of file is not accepted. Send a PDF, Word, Excel, PowerPoint, image or text file whose name matches its content.", "هذا النوع من الملفات غير مقبول. أرسل ملف PDF أو Word أو Excel أو PowerPoint أو صورة أو نصًا يطابق اسمه محتواه."),
        ("Attach at most {0} files at once.", "أرفق {0} ملفات على الأكثر في المرة الواحدة."),
        ("Send exactly one file.", "أرسل ملفًا واحدًا فقط."),
        ("Send the version as one PDF or DOCX file, or one of each.", "أرسل الإصدار ملفًا واحدًا بصيغة PDF أو DOCX، أو ملفًا من كل صيغة."),
        ("a contract version is a PDF or a Word (DOCX) document.", "إصدار العقد مستند PDF أو Word (DOCX)."),
        ("This form has no file field named {0}.", "لا يحتوي هذا النموذج على حقل ملف باسم {0}."),
        ("Send files with the request itself (multipart), not as ids.", "أرسل الملفات مع الطلب نفسه، لا كمعرّفات."),

        // What only an API client sends
        ("A workflow definition is at most 512 KB.", "تعريف مسار العمل 512 كيلوبايت على الأكثر."),
        ("Send JSON, or multipart/form-data when the request carries files.", "أرسل JSON، أو multipart/form-data عندما يحمل الطلب ملفات."),
        ("Send multipart/form-data (fields and files).", "أرسل multipart/form-data (الحقول والملفات)."),
        ("Send the workflow definition as JSON.", "أرسل تعريف مسار العمل بصيغة JSON."),
        ("Send the revision of the request type you are changing.", "أرسل رقم مراجعة نوع الطلب الذي تعدّله."),
        ("The body is not valid JSON for this endpoint.", "محتوى الطلب ليس JSON صالحًا لهذه الواجهة."),
        ("The form could not be read: the multipart body is incomplete or malformed.", "تعذّرت قراءة النموذج: المحتوى ناقص أو تالف."),
        ("The form could not be read: {0}", "تعذّرت قراءة النموذج."),
        ("The document's key '{0}' does not match '{1}'.", "مفتاح المستند {0} لا يطابق {1}."),
        ("The cursor is not one this history issued; start again without it.", "مؤشر الصفحة غير صالح لهذا السجل؛ ابدأ من جديد بدونه."),
        ("The cursor is not one this list issued; start again without it.", "مؤشر الصفحة غير صالح لهذه القائمة؛ ابدأ من جديد بدونه."),
        ("cursor is not valid.", "مؤشر الصفحة غير صالح."),
        ("limit must be between 1 and {0}.", "يجب أن يكون الحد بين 1 و{0}."),
        ("search must be at most 200 characters.", "نص البحث 200 حرف على الأكثر."),
        ("kind must be Client or Collaborator.", "النوع إما عميل أو متعاون."),
        ("kind must be Company or Individual.", "النوع إما شركة أو فرد."),
        ("language must be en or ar.", "اللغة إما الإنجليزية أو العربية."),
        ("role must be Admin or LegalTeam.", "الدور إما مسؤول أو فريق قانوني."),
        ("signUpMode must be Disabled, AutoApprove or RequiresApproval.", "طريقة التسجيل: معطّل أو قبول تلقائي أو بموافقة."),
        ("Unknown notification types: {0}.", "أنواع إشعارات غير معروفة: {0}."),
    ];
}
