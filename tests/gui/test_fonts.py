"""A Chinese-capable font is chosen from what is installed."""

from app.gui.fonts import apply_cjk_font, choose_cjk_family


def test_windows_font_is_preferred_when_present():
    assert choose_cjk_family(["Arial", "SimSun", "Microsoft YaHei"]) == "Microsoft YaHei"


def test_linux_falls_back_to_any_family_that_writes_chinese():
    assert choose_cjk_family(["DejaVu Sans", "WenQuanYi Micro Hei"]) == "WenQuanYi Micro Hei"
    assert choose_cjk_family(["DejaVu Sans"], ["Droid Sans Fallback"]) == "Droid Sans Fallback"
    assert choose_cjk_family(["DejaVu Sans"]) is None


def test_application_font_gets_an_installed_cjk_family(qapp):
    family = apply_cjk_font(qapp)
    assert family is not None  # fonts-wqy-microhei is installed on developer machines and CI
    assert qapp.font().families()[0] == family
