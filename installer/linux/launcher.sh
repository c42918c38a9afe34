#!/bin/sh
# /usr/bin/gov-report-review: starts the program installed under /opt/gov-report-review.
#
# Chinese input: the bundled Qt carries the IBus input-method module but no fcitx module
# (fcitx's Qt 6 module is built against the system's Qt, which the bundle does not use).
# fcitx5 also serves IBus clients through the IBus portal (its ibusfrontend addon, on by
# default). Qt's IBus module talks to the ibus daemon directly only when an ibus-daemon
# program is installed, so a desktop that asks for fcitx gets the IBus module over the portal.
case "${QT_IM_MODULE:-}" in
    fcitx*)
        QT_IM_MODULE=ibus
        IBUS_USE_PORTAL=1
        export QT_IM_MODULE IBUS_USE_PORTAL
        ;;
esac
exec /opt/gov-report-review/gov-report-review "$@"
