"""Which language a resident wrote in: the checks follow the text, not the site's language."""

import pytest

from applications.checks.language import detect_language


@pytest.mark.parametrize(
    "text, language",
    [
        ("I looked after patients on the ward and explained their care plans to their families.", "en"),
        ("Am lucrat ca asistent medical timp de trei ani și am ajutat mulți pacienți în fiecare zi.", "ro"),
        ("Pracowałem jako asystent w szpitalu przez trzy lata i pomagałem pacjentom każdego dnia.", "pl"),
        ("عملت في المستشفى لمدة ثلاث سنوات وساعدت المرضى وعائلاتهم كل يوم في القسم.", "ar"),
        ("Trabalhei como auxiliar num hospital durante três anos e ajudei muitos doentes todos os dias.", "pt"),
        # Not a language of the site, but one residents write in: once read as English.
        ("আমি তিন বছর ধরে একটি ওষুধের দোকানে কাজ করেছি এবং প্রতিদিন গ্রাহকদের সাহায্য করেছি।", "bn"),
        ("Üç yıl boyunca bir eczanede çalıştım ve her gün müşterilere yardım ettim.", "tr"),
        # Somali, which py3langid does not know (this was read as Turkish), told by its small words.
        ("Maya, weligay kama shaqayn isbitaal, laakiin waxaan ka caawiyaa dadka waayeelka ah xarunta.", "so"),
        ("Saddex sano ayaan ka shaqeeyay maqaayad, waxaana la hadli jiray macaamiisha maalin kasta.", "so"),
        # a short denial ("I have never taken blood ... but I myself never took it"), once read as Turkish
        ("Dhiig qaadis weligay ma samayn. Marar badan ayaan daawaday shaqaalaha, laakiin anigu marna ma qaadin.", "so"),
        # Romanian written without its accents keeps its own small words ("la", "si", "ma"), which are not Somali.
        ("Am lucrat la spital doi ani si ma ocupam de pacienti in fiecare zi cu multa grija.", "ro"),
    ],
)
def test_the_language_of_a_statement_is_recognised(text, language):
    assert detect_language(text) == language


def test_a_short_text_keeps_the_fallback():
    assert detect_language("Team work.", fallback="ar") == "ar"
