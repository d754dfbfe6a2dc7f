<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AnimationDialog</name>
    <message>
        <location filename="../../ui/animation_dialog.ui" line="10"/>
        <source>Export animation</source>
        <translation>Экспорт анимации</translation>
    </message>
    <message>
        <location filename="../../ui/animation_dialog.ui" line="16"/>
        <source>Trains the lesson from its initial weights and records the training as an animated GIF, one frame every few epochs.</source>
        <translation>Обучает урок с начальных весов и записывает обучение в анимированный GIF, по кадру каждые несколько эпох.</translation>
    </message>
    <message>
        <location filename="../../ui/animation_dialog.ui" line="28"/>
        <source>&amp;Epochs:</source>
        <translation>&amp;Эпохи:</translation>
    </message>
    <message>
        <location filename="../../ui/animation_dialog.ui" line="38"/>
        <source>How many epochs to train (from the lesson&apos;s initial weights)</source>
        <translation>Сколько эпох обучать (с начальных весов урока)</translation>
    </message>
    <message>
        <location filename="../../ui/animation_dialog.ui" line="51"/>
        <source>A frame &amp;every:</source>
        <translation>&amp;Кадр каждые:</translation>
    </message>
    <message>
        <location filename="../../ui/animation_dialog.ui" line="61"/>
        <source>Frames show epoch 0 (the initial weights), then every this many epochs, and the last epoch</source>
        <translation>Кадры показывают эпоху 0 (начальные веса), затем каждые столько эпох и последнюю эпоху</translation>
    </message>
    <message>
        <location filename="../../ui/animation_dialog.ui" line="64"/>
        <source> epoch(s)</source>
        <translation> эпох(и)</translation>
    </message>
    <message>
        <location filename="../../ui/animation_dialog.ui" line="77"/>
        <source>Frame &amp;size:</source>
        <translation>&amp;Размер кадра:</translation>
    </message>
    <message>
        <location filename="../../ui/animation_dialog.ui" line="89"/>
        <source>Width of a frame in pixels</source>
        <translation>Ширина кадра в пикселях</translation>
    </message>
    <message>
        <location filename="../../ui/animation_dialog.ui" line="92"/>
        <location filename="../../ui/animation_dialog.ui" line="109"/>
        <source> px</source>
        <translation> пикс.</translation>
    </message>
    <message>
        <location filename="../../ui/animation_dialog.ui" line="99"/>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <location filename="../../ui/animation_dialog.ui" line="106"/>
        <source>Height of a frame in pixels</source>
        <translation>Высота кадра в пикселях</translation>
    </message>
</context>
<context>
    <name>AnimationText</name>
    <message>
        <location filename="../../src/render/animation.cpp" line="53"/>
        <source>--size %1x%2: frames are from %3x%4 to %5x%6 pixels</source>
        <translation>--size %1x%2: кадры бывают от %3x%4 до %5x%6 пикселей</translation>
    </message>
    <message>
        <location filename="../../src/render/animation.cpp" line="63"/>
        <source>--frames %1: %2 epochs would make %3 frames, at most %4 are allowed; use --frames %5 or more</source>
        <translation>--frames %1: %2 эпох дадут %3 кадров, допускается не больше %4; используйте --frames %5 или больше</translation>
    </message>
    <message>
        <location filename="../../src/render/animation.cpp" line="72"/>
        <source>%1 frames of %2x%3 are %4 million pixels, at most %5 million fit in memory; use a larger --frames or a smaller --size</source>
        <translation>%1 кадров %2x%3 — это %4 млн пикселей, в память помещается не больше %5 млн; используйте больший --frames или меньший --size</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../src/cli/animate_command.cpp" line="35"/>
        <location filename="../../src/cli/commands.cpp" line="84"/>
        <source>Epochs to train (default: the lesson&apos;s).</source>
        <translation>Сколько эпох обучать (по умолчанию — как в уроке).</translation>
    </message>
    <message>
        <location filename="../../src/cli/animate_command.cpp" line="39"/>
        <source>A frame every F epochs: epoch 0 (the initial weights), F, 2F, … and the last epoch (default 1: every epoch).</source>
        <translation>Кадр каждые F эпох: эпоха 0 (начальные веса), F, 2F, … и последняя эпоха (по умолчанию 1 — каждая эпоха).</translation>
    </message>
    <message>
        <location filename="../../src/cli/animate_command.cpp" line="44"/>
        <source>Frame size in pixels, WxH (default 1200x450; from %1x%2 to %3x%4).</source>
        <translation>Размер кадра в пикселях, ШxВ (по умолчанию 1200x450; от %1x%2 до %3x%4).</translation>
    </message>
    <message>
        <location filename="../../src/cli/animate_command.cpp" line="52"/>
        <source>The two units of the first hidden layer whose plane the hidden panels show, 1-based (default 1,2).</source>
        <translation>Два нейрона первого скрытого слоя, плоскость которых показывают скрытые панели, с 1 (по умолчанию 1,2).</translation>
    </message>
    <message>
        <location filename="../../src/cli/animate_command.cpp" line="55"/>
        <source>The animated GIF to write.</source>
        <translation>GIF-анимация для записи.</translation>
    </message>
    <message>
        <location filename="../../src/cli/animate_command.cpp" line="61"/>
        <source>Train a lesson and record it as an animated GIF: with two inputs the input space and the hidden space before and after the activation, else the loss and the network; each frame titled with its epoch, accuracy and loss.</source>
        <translation>Обучить урок и записать обучение в GIF-анимацию: при двух входах — пространство входов и скрытое пространство до и после активации, иначе — потери и сеть; в заголовке каждого кадра — эпоха, точность и потери.</translation>
    </message>
    <message>
        <location filename="../../src/cli/animate_command.cpp" line="68"/>
        <source>animate: --out FILE.gif is required (see --help)</source>
        <translation>animate: нужен --out FILE.gif (см. --help)</translation>
    </message>
    <message>
        <location filename="../../src/cli/animate_command.cpp" line="75"/>
        <source>--size: expected WIDTHxHEIGHT in pixels such as 1200x450, got &quot;%1&quot;</source>
        <translation>--size: ожидалось ШИРИНАxВЫСОТА в пикселях, например 1200x450, получено «%1»</translation>
    </message>
    <message>
        <location filename="../../src/cli/animate_command.cpp" line="99"/>
        <source>--units: the first hidden layer has %1 unit(s); the hidden panels need two</source>
        <translation>--units: в первом скрытом слое %1 нейрон(ов); скрытым панелям нужно два</translation>
    </message>
    <message>
        <location filename="../../src/cli/animate_command.cpp" line="102"/>
        <source>--units %1: expected two different units from 1 to %2, such as 1,2</source>
        <translation>--units %1: ожидались два разных нейрона от 1 до %2, например 1,2</translation>
    </message>
    <message>
        <location filename="../../src/cli/animate_command.cpp" line="119"/>
        <source>--out %1: the folder %2 is not writable; choose another place</source>
        <translation>--out %1: в папку %2 нельзя записывать; выберите другое место</translation>
    </message>
    <message>
        <location filename="../../src/cli/animate_command.cpp" line="121"/>
        <source>--out %1: the folder %2 does not exist; choose another place</source>
        <translation>--out %1: папки %2 не существует; выберите другое место</translation>
    </message>
    <message>
        <location filename="../../src/cli/animate_command.cpp" line="142"/>
        <source>animate: interrupted; %1 not written</source>
        <translation>animate: прервано; %1 не записан</translation>
    </message>
    <message>
        <location filename="../../src/cli/animate_command.cpp" line="150"/>
        <source>stopped: the loss reached stop_at_loss at epoch %1
</source>
        <translation>остановлено: потери достигли stop_at_loss на эпохе %1
</translation>
    </message>
    <message>
        <location filename="../../src/cli/animate_command.cpp" line="153"/>
        <source>warning: %1 — the animation ends at epoch %2</source>
        <translation>предупреждение: %1 — анимация заканчивается на эпохе %2</translation>
    </message>
    <message>
        <location filename="../../src/cli/animate_command.cpp" line="160"/>
        <source>%1: %2 frames of %3x%4 (epochs 0 to %5), %6 bytes, %7 s
</source>
        <translation>%1: кадров: %2, %3x%4 (эпохи от 0 до %5), байт: %6, %7 с
</translation>
    </message>
    <message>
        <location filename="../../src/cli/command_support.cpp" line="34"/>
        <source>Lesson file (.json); the three-sample default when omitted.</source>
        <translation>Файл урока (.json); если не указан — урок с тремя примерами.</translation>
    </message>
    <message>
        <location filename="../../src/cli/command_support.cpp" line="36"/>
        <source>Show this help.</source>
        <translation>Показать эту справку.</translation>
    </message>
    <message>
        <location filename="../../src/cli/command_support.cpp" line="39"/>
        <source> (see --help)</source>
        <translation> (см. --help)</translation>
    </message>
    <message>
        <location filename="../../src/cli/command_support.cpp" line="49"/>
        <source>expected one lesson file, got %1 (see --help)</source>
        <translation>ожидался один файл урока, получено %1 (см. --help)</translation>
    </message>
    <message>
        <location filename="../../src/cli/command_support.cpp" line="63"/>
        <source>warning: %1</source>
        <translation>предупреждение: %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/command_support.cpp" line="76"/>
        <source>--%1: expected a whole number from 1 to %2, got &quot;%3&quot;</source>
        <translation>--%1: ожидалось целое число от 1 до %2, получено «%3»</translation>
    </message>
    <message>
        <location filename="../../src/cli/command_support.cpp" line="103"/>
        <source>%1 — before iteration %2 could be %3</source>
        <translation>%1 — до того, как итерация %2 была %3</translation>
    </message>
    <message>
        <location filename="../../src/cli/commands.cpp" line="37"/>
        <source>Validate a lesson and print a summary, or its errors (exit code 2).</source>
        <translation>Проверить урок и вывести сводку или его ошибки (код выхода 2).</translation>
    </message>
    <message>
        <location filename="../../src/cli/commands.cpp" line="49"/>
        <source>Iteration to trace, 1-based (default 1).</source>
        <translation>Итерация для трассировки, с 1 (по умолчанию 1).</translation>
    </message>
    <message>
        <location filename="../../src/cli/commands.cpp" line="52"/>
        <source>Folder for one CSV per matrix (X.csv, wh.csv, …).</source>
        <translation>Папка для CSV-файлов, по одному на матрицу (X.csv, wh.csv, …).</translation>
    </message>
    <message>
        <location filename="../../src/cli/commands.cpp" line="55"/>
        <source>Do not print the trace.</source>
        <translation>Не выводить трассировку.</translation>
    </message>
    <message>
        <location filename="../../src/cli/commands.cpp" line="58"/>
        <source>Write the 12-step trace of one iteration.</source>
        <translation>Записать трассировку 12 шагов одной итерации.</translation>
    </message>
    <message>
        <location filename="../../src/cli/commands.cpp" line="67"/>
        <source>traced</source>
        <translation>трассирована</translation>
    </message>
    <message>
        <location filename="../../src/cli/commands.cpp" line="87"/>
        <source>Write the loss (and accuracy) per epoch to FILE.</source>
        <translation>Записать потери (и точность) по эпохам в FILE.</translation>
    </message>
    <message>
        <location filename="../../src/cli/commands.cpp" line="91"/>
        <source>Folder for the final weights (wh.csv, bh.csv, wout.csv, bout.csv).</source>
        <translation>Папка для итоговых весов (wh.csv, bh.csv, wout.csv, bout.csv).</translation>
    </message>
    <message>
        <location filename="../../src/cli/commands.cpp" line="95"/>
        <source>Threads to train with (default: every core, at most 4; 1 for one).</source>
        <translation>Сколько потоков использовать для обучения (по умолчанию — все ядра, не больше 4; 1 — один поток).</translation>
    </message>
    <message>
        <location filename="../../src/cli/commands.cpp" line="99"/>
        <source>Train a lesson and report the loss.</source>
        <translation>Обучить урок и сообщить потери.</translation>
    </message>
    <message>
        <location filename="../../src/cli/commands.cpp" line="126"/>
        <source>epochs:</source>
        <translation>эпохи:</translation>
    </message>
    <message>
        <location filename="../../src/cli/commands.cpp" line="128"/>
        <source>time:</source>
        <translation>время:</translation>
    </message>
    <message>
        <location filename="../../src/cli/commands.cpp" line="129"/>
        <source>%1 s (%2)</source>
        <translation>%1 с (%2)</translation>
    </message>
    <message>
        <location filename="../../src/cli/commands.cpp" line="135"/>
        <source>threads:</source>
        <translation>потоки:</translation>
    </message>
    <message>
        <location filename="../../src/cli/commands.cpp" line="142"/>
        <source>final loss:</source>
        <translation>итог потерь:</translation>
    </message>
    <message>
        <location filename="../../src/cli/commands.cpp" line="145"/>
        <source>stopped:</source>
        <translation>остановлено:</translation>
    </message>
    <message>
        <location filename="../../src/cli/commands.cpp" line="145"/>
        <source>the loss reached stop_at_loss (%1) at epoch %2</source>
        <translation>потери достигли stop_at_loss (%1) на эпохе %2</translation>
    </message>
    <message>
        <location filename="../../src/cli/commands.cpp" line="150"/>
        <source>accuracy:</source>
        <translation>точность:</translation>
    </message>
    <message>
        <location filename="../../src/cli/commands.cpp" line="152"/>
        <source>test loss:</source>
        <translation>потери на тесте:</translation>
    </message>
    <message>
        <location filename="../../src/cli/commands.cpp" line="154"/>
        <source>test accuracy:</source>
        <translation>точность на тесте:</translation>
    </message>
    <message>
        <location filename="../../src/cli/commands.cpp" line="132"/>
        <source>%1 epochs/s</source>
        <translation>эпох/с: %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/commands.cpp" line="133"/>
        <source>%1 s per epoch</source>
        <translation>%1 с на эпоху</translation>
    </message>
    <message>
        <location filename="../../src/cli/commands.cpp" line="136"/>
        <source>%1 (a helper thread took part in %2 of %3 passes over a batch big enough to share)</source>
        <translation>%1 (вспомогательный поток участвовал в %2 из %3 проходов по пакету, достаточно большому для разделения)</translation>
    </message>
    <message>
        <location filename="../../src/cli/commands.cpp" line="185"/>
        <source>Compare backprop&apos;s updates with −lr·∂L/∂θ from central finite differences.</source>
        <translation>Сравнить обновления обратного распространения с −lr·∂L/∂θ по центральным конечным разностям.</translation>
    </message>
    <message>
        <location filename="../../src/cli/commands.cpp" line="196"/>
        <source>Gradient check of iteration 1 (%1 samples), loss %2
</source>
        <translation>Проверка градиента на итерации 1 (примеров: %1), потери %2
</translation>
    </message>
    <message>
        <location filename="../../src/cli/handout_command.cpp" line="18"/>
        <source>Iteration, 1-based (default 1).</source>
        <translation>Итерация, с 1 (по умолчанию 1).</translation>
    </message>
    <message>
        <location filename="../../src/cli/handout_command.cpp" line="22"/>
        <source>The step of the worksheet, 1-12 (default 3, the first that computes).</source>
        <translation>Шаг рабочего листа, 1-12 (по умолчанию 3 — первый, где что-то вычисляется).</translation>
    </message>
    <message>
        <location filename="../../src/cli/handout_command.cpp" line="25"/>
        <source>All 12 steps, each on a page or more.</source>
        <translation>Все 12 шагов, каждый на одной или нескольких страницах.</translation>
    </message>
    <message>
        <location filename="../../src/cli/handout_command.cpp" line="27"/>
        <source>The answer key: the computed cells filled in.</source>
        <translation>Ключ ответов: вычисляемые ячейки заполнены.</translation>
    </message>
    <message>
        <location filename="../../src/cli/handout_command.cpp" line="29"/>
        <source>a4 (default) or letter.</source>
        <translation>a4 (по умолчанию) или letter.</translation>
    </message>
    <message>
        <location filename="../../src/cli/handout_command.cpp" line="31"/>
        <source>Digits after the point, %1-%2 (default 4).</source>
        <translation>Знаков после запятой, %1-%2 (по умолчанию 4).</translation>
    </message>
    <message>
        <location filename="../../src/cli/handout_command.cpp" line="37"/>
        <source>The student&apos;s own initial weights, as practice mode draws them for NAME.</source>
        <translation>Собственные начальные веса студента, как их разыгрывает режим практики для NAME.</translation>
    </message>
    <message>
        <location filename="../../src/cli/handout_command.cpp" line="39"/>
        <source>The PDF to write.</source>
        <translation>PDF для записи.</translation>
    </message>
    <message>
        <location filename="../../src/cli/handout_command.cpp" line="45"/>
        <source>Write a printable worksheet of one step (or all steps) of an iteration, or with --answers its answer key.</source>
        <translation>Записать рабочий лист для печати по одному шагу (или всем шагам) итерации, с --answers — ключ ответов.</translation>
    </message>
    <message>
        <location filename="../../src/cli/handout_command.cpp" line="50"/>
        <source>handout: --out FILE.pdf is required (see --help)</source>
        <translation>handout: нужен --out FILE.pdf (см. --help)</translation>
    </message>
    <message>
        <location filename="../../src/cli/handout_command.cpp" line="54"/>
        <source>handout: give --step S or --all, not both</source>
        <translation>handout: укажите --step S или --all, но не оба</translation>
    </message>
    <message>
        <location filename="../../src/cli/handout_command.cpp" line="63"/>
        <source>--paper: expected a4 or letter, got &quot;%1&quot;</source>
        <translation>--paper: ожидалось a4 или letter, получено «%1»</translation>
    </message>
    <message>
        <location filename="../../src/cli/handout_command.cpp" line="73"/>
        <source>--decimals: expected a whole number from %1 to %2, got &quot;%3&quot;</source>
        <translation>--decimals: ожидалось целое число от %1 до %2, получено «%3»</translation>
    </message>
    <message>
        <location filename="../../src/cli/handout_command.cpp" line="83"/>
        <source>--variant: give the student&apos;s name</source>
        <translation>--variant: укажите имя студента</translation>
    </message>
    <message>
        <location filename="../../src/cli/handout_command.cpp" line="94"/>
        <source>printed</source>
        <translation>напечатана</translation>
    </message>
    <message>
        <location filename="../../src/cli/handout_command.cpp" line="100"/>
        <source>%1 · variant of %2</source>
        <translation>%1 · вариант для %2</translation>
    </message>
    <message>
        <location filename="../../src/cli/handout_command.cpp" line="112"/>
        <source>%1: %2 pages, %3 bytes
</source>
        <translation>%1: страниц: %2, байт: %3
</translation>
    </message>
    <message>
        <location filename="../../src/cli/main.cpp" line="21"/>
        <source>Usage: backstep-cli COMMAND [LESSON] [options]

Commands:
  check LESSON                                   validate; print a summary, or the errors (exit 2)
  trace LESSON [--iteration K] --out DIR         write the 12-step trace of iteration K (1-based)
  train LESSON [--epochs N] [--loss-csv FILE] [--out DIR]   train; DIR gets the final weights
  gradcheck LESSON                               backprop&apos;s updates vs central finite differences
  workbook LESSON [--iteration K] [--iterations N] [--step S] --out FILE.xlsx
                                                 a live workbook: every computed cell a formula
  handout LESSON [--iteration K] [--step S | --all] [--answers] [--paper a4|letter]
          [--decimals D] --out FILE.pdf          a printable worksheet, or its answer key
  sweep LESSON --grid KEY=V1,V2,… [--grid …] [--jobs N] --out FILE.csv
                                                 train every combination; one CSV row each
  animate LESSON [--epochs N] [--frames F] [--size WxH] [--units A,B] --out FILE.gif
                                                 the training as an animated GIF, a frame every F epochs

Without LESSON the tutorial&apos;s three-sample lesson is used.
Run &apos;backstep-cli COMMAND --help&apos; for a command&apos;s options.
Exit codes: 0 ok, 2 invalid input, 1 other failure, 130 interrupted.
</source>
        <translation>Использование: backstep-cli КОМАНДА [LESSON] [параметры]

Команды:
  check LESSON                                   проверить; вывести сводку или ошибки (код 2)
  trace LESSON [--iteration K] --out DIR         записать трассировку 12 шагов итерации K (с 1)
  train LESSON [--epochs N] [--loss-csv FILE] [--out DIR]   обучить; в DIR — итоговые веса
  gradcheck LESSON                               обновления backprop против центральных конечных разностей
  workbook LESSON [--iteration K] [--iterations N] [--step S] --out FILE.xlsx
                                                 живая книга: каждая вычисляемая ячейка — формула
  handout LESSON [--iteration K] [--step S | --all] [--answers] [--paper a4|letter]
          [--decimals D] --out FILE.pdf          рабочий лист для печати или ключ ответов
  sweep LESSON --grid KEY=V1,V2,… [--grid …] [--jobs N] --out FILE.csv
                                                 обучить все сочетания; по строке CSV на каждое
  animate LESSON [--epochs N] [--frames F] [--size WxH] [--units A,B] --out FILE.gif
                                                 обучение в виде GIF-анимации, кадр каждые F эпох

Без LESSON используется урок учебника с тремя примерами.
Запустите &apos;backstep-cli КОМАНДА --help&apos;, чтобы увидеть параметры команды.
Коды выхода: 0 — успех, 2 — неверный ввод, 1 — другая ошибка, 130 — прервано.
</translation>
    </message>
    <message>
        <location filename="../../src/cli/main.cpp" line="121"/>
        <source>%1: out of memory; use a smaller lesson (fewer samples or units)</source>
        <translation>%1: не хватает памяти; возьмите урок поменьше (меньше примеров или нейронов)</translation>
    </message>
    <message>
        <location filename="../../src/cli/main.cpp" line="134"/>
        <source>unknown command &quot;%1&quot;; use check, trace, train, gradcheck, workbook, sweep, handout or animate (see --help)</source>
        <translation>неизвестная команда «%1»; используйте check, trace, train, gradcheck, workbook, sweep, handout или animate (см. --help)</translation>
    </message>
    <message>
        <location filename="../../src/cli/progress_line.cpp" line="20"/>
        <source>epoch %1/%2  loss %3  %4 epochs/s</source>
        <translation>эпоха %1/%2  потери %3  эпох/с: %4</translation>
    </message>
    <message>
        <location filename="../../src/cli/sweep_command.cpp" line="38"/>
        <source>Values of one setting, KEY=V1,V2,… (repeat for more keys). Keys: %1.</source>
        <translation>Значения одной настройки, KEY=V1,V2,… (повторите для других ключей). Ключи: %1.</translation>
    </message>
    <message>
        <location filename="../../src/cli/sweep_command.cpp" line="42"/>
        <source>Configurations trained at once (default: one per core).</source>
        <translation>Сколько конфигураций обучать одновременно (по умолчанию — по одной на ядро).</translation>
    </message>
    <message>
        <location filename="../../src/cli/sweep_command.cpp" line="45"/>
        <source>The results, one CSV row per configuration.</source>
        <translation>Результаты, по строке CSV на конфигурацию.</translation>
    </message>
    <message>
        <location filename="../../src/cli/sweep_command.cpp" line="49"/>
        <source>Train a lesson over a grid of settings.</source>
        <translation>Обучить урок на сетке настроек.</translation>
    </message>
    <message>
        <location filename="../../src/cli/sweep_command.cpp" line="53"/>
        <source>sweep needs --grid KEY=V1,V2,… and --out FILE (see --help)</source>
        <translation>sweep нужны --grid KEY=V1,V2,… и --out FILE (см. --help)</translation>
    </message>
    <message>
        <location filename="../../src/cli/sweep_command.cpp" line="68"/>
        <source>--grid %1: the key is given twice</source>
        <translation>--grid %1: ключ указан дважды</translation>
    </message>
    <message>
        <location filename="../../src/cli/sweep_command.cpp" line="97"/>
        <source>sweep: %1/%2 configurations, %3 s</source>
        <translation>перебор: конфигураций %1/%2, %3 с</translation>
    </message>
    <message>
        <location filename="../../src/cli/sweep_command.cpp" line="124"/>
        <source>interrupted: %1 of %2 configurations finished and written to %3</source>
        <translation>прервано: %1 из %2 конфигураций завершены и записаны в %3</translation>
    </message>
    <message>
        <location filename="../../src/cli/sweep_command.cpp" line="130"/>
        <source>%1 configurations (%2 training runs) in %3 s on %4 threads: %5
</source>
        <translation>конфигураций: %1 (обучений: %2) за %3 с, потоков: %4: %5
</translation>
    </message>
    <message>
        <location filename="../../src/cli/text_report.cpp" line="36"/>
        <source>full batch</source>
        <translation>полный пакет</translation>
    </message>
    <message>
        <location filename="../../src/cli/text_report.cpp" line="40"/>
        <source>mini-batch %1</source>
        <translation>мини-пакет %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/text_report.cpp" line="54"/>
        <source>weight decay %1</source>
        <translation>затухание весов %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/text_report.cpp" line="56"/>
        <source>learning rate ×%1 every %2 epochs</source>
        <translation>скорость обучения ×%1 каждые %2 эпох</translation>
    </message>
    <message>
        <location filename="../../src/cli/text_report.cpp" line="67"/>
        <source>generator %1 (noise %2, seed %3)</source>
        <translation>генератор %1 (шум %2, зерно %3)</translation>
    </message>
    <message>
        <location filename="../../src/cli/text_report.cpp" line="72"/>
        <source>csv %1</source>
        <translation>csv %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/text_report.cpp" line="74"/>
        <source>dataset %1 (the first %2 training and %3 test samples)</source>
        <translation>набор данных %1 (первые %2 обучающих и %3 тестовых примеров)</translation>
    </message>
    <message>
        <location filename="../../src/cli/text_report.cpp" line="100"/>
        <source>            … %1 more rows
</source>
        <translation>            … ещё строк: %1
</translation>
    </message>
    <message>
        <location filename="../../src/cli/text_report.cpp" line="133"/>
        <source>(untitled)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <location filename="../../src/cli/text_report.cpp" line="140"/>
        <source>, classification</source>
        <translation>, классификация</translation>
    </message>
    <message>
        <location filename="../../src/cli/text_report.cpp" line="146"/>
        <source>standardised</source>
        <translation>стандартизованы</translation>
    </message>
    <message>
        <location filename="../../src/cli/text_report.cpp" line="147"/>
        <source>min–max scaled</source>
        <translation>масштабированы по min–max</translation>
    </message>
    <message>
        <location filename="../../src/cli/text_report.cpp" line="156"/>
        <source>, biases frozen</source>
        <translation>, смещения заморожены</translation>
    </message>
    <message>
        <location filename="../../src/cli/text_report.cpp" line="157"/>
        <source>mean over the batch</source>
        <translation>среднее по пакету</translation>
    </message>
    <message>
        <location filename="../../src/cli/text_report.cpp" line="158"/>
        <source>summed</source>
        <translation>сумма</translation>
    </message>
    <message>
        <location filename="../../src/cli/text_report.cpp" line="159"/>
        <source>, stop at loss %1</source>
        <translation>, остановка при потерях %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/text_report.cpp" line="133"/>
        <source>title:</source>
        <translation>название:</translation>
    </message>
    <message>
        <location filename="../../src/cli/text_report.cpp" line="134"/>
        <source>data:</source>
        <translation>данные:</translation>
    </message>
    <message>
        <location filename="../../src/cli/text_report.cpp" line="135"/>
        <source>%1 samples, %2 inputs, %3 targets (%4)%5</source>
        <translation>примеров: %1, входов: %2, целей: %3 (%4)%5</translation>
    </message>
    <message>
        <location filename="../../src/cli/text_report.cpp" line="143"/>
        <source>test set:</source>
        <translation>тест:</translation>
    </message>
    <message>
        <location filename="../../src/cli/text_report.cpp" line="143"/>
        <source>%1 samples held out</source>
        <translation>отложено примеров: %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/text_report.cpp" line="145"/>
        <source>inputs:</source>
        <translation>входы:</translation>
    </message>
    <message>
        <location filename="../../src/cli/text_report.cpp" line="148"/>
        <source>network:</source>
        <translation>сеть:</translation>
    </message>
    <message>
        <location filename="../../src/cli/text_report.cpp" line="150"/>
        <source>training:</source>
        <translation>обучение:</translation>
    </message>
    <message>
        <location filename="../../src/cli/text_report.cpp" line="151"/>
        <source>loss %1 (%7), %2 (%3 iterations per epoch), learning rate %4, %5 epochs%6%8</source>
        <translation>потери %1 (%7), %2 (итераций на эпоху: %3), скорость обучения %4, эпох: %5%6%8</translation>
    </message>
    <message>
        <location filename="../../src/cli/text_report.cpp" line="161"/>
        <source>updates:</source>
        <translation>обновления:</translation>
    </message>
    <message>
        <location filename="../../src/cli/text_report.cpp" line="162"/>
        <source>init:</source>
        <translation>нач. веса:</translation>
    </message>
    <message>
        <location filename="../../src/cli/text_report.cpp" line="163"/>
        <source>explicit matrices</source>
        <translation>заданные матрицы</translation>
    </message>
    <message>
        <location filename="../../src/cli/text_report.cpp" line="164"/>
        <source>%1, seed %2</source>
        <translation>%1, зерно %2</translation>
    </message>
    <message>
        <location filename="../../src/cli/text_report.cpp" line="172"/>
        <source>Trace of iteration %1 (%2 samples in the batch); loss before the update %3
</source>
        <translation>Трассировка итерации %1 (примеров в пакете: %2); потери до обновления %3
</translation>
    </message>
    <message>
        <location filename="../../src/cli/text_report.cpp" line="177"/>
        <source>
== step %1: %2 — %3
</source>
        <translation>
== шаг %1: %2 — %3
</translation>
    </message>
    <message>
        <location filename="../../src/cli/text_report.cpp" line="197"/>
        <source>parameter</source>
        <translation>параметр</translation>
    </message>
    <message>
        <location filename="../../src/cli/text_report.cpp" line="197"/>
        <source>max error</source>
        <translation>макс. ошибка</translation>
    </message>
    <message>
        <location filename="../../src/cli/text_report.cpp" line="197"/>
        <source>worst cell</source>
        <translation>худшая ячейка</translation>
    </message>
    <message>
        <location filename="../../src/cli/text_report.cpp" line="198"/>
        <source>update</source>
        <translation>обновление</translation>
    </message>
    <message>
        <location filename="../../src/cli/text_report.cpp" line="198"/>
        <source>−lr·∂L/∂θ (finite diff.)</source>
        <translation>−lr·∂L/∂θ (кон. разности)</translation>
    </message>
    <message>
        <location filename="../../src/cli/text_report.cpp" line="213"/>
        <source>%1 frozen (update_biases: false)
</source>
        <translation>%1 заморожены (update_biases: false)
</translation>
    </message>
    <message>
        <location filename="../../src/cli/text_report.cpp" line="224"/>
        <source>PASS: every update equals −lr·∂L/∂θ within %1
</source>
        <translation>ПРОЙДЕНО: каждое обновление равно −lr·∂L/∂θ с точностью до %1
</translation>
    </message>
    <message>
        <location filename="../../src/cli/text_report.cpp" line="225"/>
        <source>FAIL: largest error %1 is above %2
</source>
        <translation>НЕ ПРОЙДЕНО: наибольшая ошибка %1 больше %2
</translation>
    </message>
    <message>
        <location filename="../../src/cli/workbook_command.cpp" line="18"/>
        <source>First iteration, 1-based: the first sheet (default 1).</source>
        <translation>Первая итерация, с 1: первый лист (по умолчанию 1).</translation>
    </message>
    <message>
        <location filename="../../src/cli/workbook_command.cpp" line="21"/>
        <source>Iterations to chain, one sheet each (default 1, at most %1).</source>
        <translation>Сколько итераций связать, по листу на каждую (по умолчанию 1, не больше %1).</translation>
    </message>
    <message>
        <location filename="../../src/cli/workbook_command.cpp" line="26"/>
        <source>Step whose cells are yellow, their inputs orange (default 12).</source>
        <translation>Шаг, ячейки которого жёлтые, а их входы оранжевые (по умолчанию 12).</translation>
    </message>
    <message>
        <location filename="../../src/cli/workbook_command.cpp" line="29"/>
        <source>The workbook to write (.xlsx).</source>
        <translation>Книга для записи (.xlsx).</translation>
    </message>
    <message>
        <location filename="../../src/cli/workbook_command.cpp" line="33"/>
        <source>Write a workbook whose every computed cell is a formula of the cells it comes from, one sheet per iteration.</source>
        <translation>Записать книгу, в которой каждая вычисляемая ячейка — формула от ячеек, из которых она получается, по листу на итерацию.</translation>
    </message>
    <message>
        <location filename="../../src/cli/workbook_command.cpp" line="38"/>
        <source>workbook: --out FILE.xlsx is required (see --help)</source>
        <translation>workbook: нужен --out FILE.xlsx (см. --help)</translation>
    </message>
    <message>
        <location filename="../../src/cli/workbook_command.cpp" line="60"/>
        <source>written</source>
        <translation>записана</translation>
    </message>
    <message>
        <location filename="../../src/cli/workbook_command.cpp" line="74"/>
        <source>%1: iterations %2 to %3, %4 bytes, written in %5 s
</source>
        <translation>%1: итерации с %2 по %3, байт: %4, записано за %5 с
</translation>
    </message>
</context>
<context>
    <name>CoreWording</name>
    <message>
        <location filename="../../src/io/core_wording.cpp" line="11"/>
        <source>hidden_activation %1 is only for the output layer; use sigmoid, tanh, relu, leaky_relu, linear or step</source>
        <translation>hidden_activation %1 — только для выходного слоя; используйте sigmoid, tanh, relu, leaky_relu, linear или step</translation>
    </message>
    <message>
        <location filename="../../src/io/core_wording.cpp" line="15"/>
        <source>output_activation %1 is not an output activation; use sigmoid, linear or softmax</source>
        <translation>output_activation %1 — не активация выходного слоя; используйте sigmoid, linear или softmax</translation>
    </message>
    <message>
        <location filename="../../src/io/core_wording.cpp" line="19"/>
        <source>softmax needs at least 2 outputs (one per class); use sigmoid for one output</source>
        <translation>softmax нужно не меньше 2 выходов (по одному на класс); для одного выхода используйте sigmoid</translation>
    </message>
    <message>
        <location filename="../../src/io/core_wording.cpp" line="21"/>
        <source>softmax output needs loss cross_entropy</source>
        <translation>выходу softmax нужна функция потерь cross_entropy</translation>
    </message>
    <message>
        <location filename="../../src/io/core_wording.cpp" line="23"/>
        <source>loss cross_entropy needs output_activation softmax</source>
        <translation>функции потерь cross_entropy нужна output_activation softmax</translation>
    </message>
    <message>
        <location filename="../../src/io/core_wording.cpp" line="25"/>
        <source>loss bce needs output_activation sigmoid</source>
        <translation>функции потерь bce нужна output_activation sigmoid</translation>
    </message>
    <message>
        <location filename="../../src/io/core_wording.cpp" line="33"/>
        <source>loss bce needs targets from 0 to 1</source>
        <translation>функции потерь bce нужны цели от 0 до 1</translation>
    </message>
    <message>
        <location filename="../../src/io/core_wording.cpp" line="35"/>
        <source>loss cross_entropy needs each target row to sum to 1 (one-hot: one 1, the rest 0)</source>
        <translation>функции потерь cross_entropy нужно, чтобы каждая строка целей в сумме давала 1 (one-hot: одна 1, остальные 0)</translation>
    </message>
    <message>
        <location filename="../../src/io/core_wording.cpp" line="44"/>
        <source> (the loss&apos;s derivative cancels the output slope)</source>
        <translation> (производная потерь сокращается с производной выходного слоя)</translation>
    </message>
    <message>
        <location filename="../../src/io/core_wording.cpp" line="46"/>
        <source> (linear: nothing bends)</source>
        <translation> (линейная: ничего не изгибается)</translation>
    </message>
    <message>
        <location filename="../../src/io/core_wording.cpp" line="48"/>
        <source> unchanged (update_biases: false)</source>
        <translation> не меняются (update_biases: false)</translation>
    </message>
    <message>
        <location filename="../../src/io/core_wording.cpp" line="50"/>
        <source> of each layer</source>
        <translation> каждого слоя</translation>
    </message>
    <message>
        <location filename="../../src/io/core_wording.cpp" line="52"/>
        <source> likewise</source>
        <translation> аналогично</translation>
    </message>
    <message>
        <location filename="../../src/io/core_wording.cpp" line="54"/>
        <source> (no hidden layer)</source>
        <translation> (скрытого слоя нет)</translation>
    </message>
    <message>
        <location filename="../../src/io/core_wording.cpp" line="56"/>
        <source>  (no hidden layer: steps 3–4 and 9–10 do not exist)</source>
        <translation>  (скрытого слоя нет: шагов 3–4 и 9–10 не существует)</translation>
    </message>
    <message>
        <location filename="../../src/io/core_wording.cpp" line="70"/>
        <source>training stopped: a non-finite value (NaN or infinity) appeared in %1 at step %2 of epoch %3, iteration %4; try a smaller learning_rate or standardised inputs</source>
        <translation>обучение остановлено: в %1 на шаге %2 эпохи %3, итерация %4, появилось нечисловое значение (NaN или бесконечность); попробуйте меньший learning_rate или стандартизованные входы</translation>
    </message>
    <message>
        <location filename="../../src/io/core_wording.cpp" line="82"/>
        <source>about %1 (weights %2, one iteration %3, data %4, test set %5)</source>
        <translation>около %1 (веса %2, одна итерация %3, данные %4, тестовый набор %5)</translation>
    </message>
</context>
<context>
    <name>CsvImportText</name>
    <message>
        <location filename="../../src/io/csv_import.cpp" line="36"/>
        <source>line %1: %2; skipped</source>
        <translation>строка %1: %2; пропущена</translation>
    </message>
    <message>
        <location filename="../../src/io/csv_import.cpp" line="33"/>
        <location filename="../../src/io/csv_import.cpp" line="42"/>
        <source>line %1: %2</source>
        <translation>строка %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/io/csv_import.cpp" line="45"/>
        <source>no readable data rows after the header</source>
        <translation>после заголовка нет читаемых строк данных</translation>
    </message>
    <message>
        <location filename="../../src/io/csv_import.cpp" line="71"/>
        <source>column &quot;%1&quot; has more than %2 different words; class labels need fewer classes</source>
        <translation>в столбце «%1» больше %2 разных слов; для меток классов нужно меньше классов</translation>
    </message>
    <message>
        <location filename="../../src/io/csv_import.cpp" line="132"/>
        <source>choose at least one target column</source>
        <translation>выберите хотя бы один целевой столбец</translation>
    </message>
    <message>
        <location filename="../../src/io/csv_import.cpp" line="143"/>
        <source>a target column is not in the file</source>
        <translation>целевого столбца нет в файле</translation>
    </message>
    <message>
        <location filename="../../src/io/csv_import.cpp" line="145"/>
        <source>leave at least one column as an input</source>
        <translation>оставьте хотя бы один столбец входным</translation>
    </message>
    <message>
        <location filename="../../src/io/csv_import.cpp" line="152"/>
        <source>column &quot;%1&quot; holds words, not numbers; only a target column can hold class names</source>
        <translation>в столбце «%1» слова, а не числа; названия классов может содержать только целевой столбец</translation>
    </message>
    <message>
        <location filename="../../src/io/csv_import.cpp" line="161"/>
        <source>column &quot;%1&quot; names only one class; a classification needs two or more</source>
        <translation>в столбце «%1» только один класс; для классификации нужно два или больше</translation>
    </message>
    <message>
        <location filename="../../src/io/csv_import.cpp" line="167"/>
        <source>column &quot;%1&quot; holds class names; choose it as the only target column</source>
        <translation>в столбце «%1» названия классов; выберите его единственным целевым столбцом</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../../src/io/csv.cpp" line="148"/>
        <source> and </source>
        <translation> и </translation>
    </message>
    <message>
        <location filename="../../src/io/csv.cpp" line="194"/>
        <source>the line is longer than %1 MB; is this a CSV file with one row per line?</source>
        <translation>строка длиннее %1 МБ; это CSV-файл с одной записью на строку?</translation>
    </message>
    <message>
        <location filename="../../src/io/csv.cpp" line="199"/>
        <source>the text is larger than %1 MB; use a smaller sample</source>
        <translation>текст больше %1 МБ; возьмите выборку поменьше</translation>
    </message>
    <message>
        <location filename="../../src/io/csv.cpp" line="222"/>
        <source>the file is empty; expected a header line of column names</source>
        <translation>файл пуст; ожидалась строка заголовка с именами столбцов</translation>
    </message>
    <message>
        <location filename="../../src/io/csv.cpp" line="224"/>
        <source>no data rows after the header</source>
        <translation>после заголовка нет строк данных</translation>
    </message>
    <message>
        <location filename="../../src/io/csv.cpp" line="247"/>
        <source>a quoted field of the header is not closed</source>
        <translation>поле заголовка в кавычках не закрыто</translation>
    </message>
    <message>
        <location filename="../../src/io/csv.cpp" line="248"/>
        <source>%1 columns is more than the limit of %2</source>
        <translation>столбцов: %1 — больше предела %2</translation>
    </message>
    <message>
        <location filename="../../src/io/csv.cpp" line="274"/>
        <source>twice</source>
        <translation>дважды</translation>
    </message>
    <message>
        <location filename="../../src/io/csv.cpp" line="274"/>
        <source>%1 times</source>
        <translation>%1 раз(а)</translation>
    </message>
    <message>
        <location filename="../../src/io/csv.cpp" line="277"/>
        <source>column &quot;%1&quot; appears %2 (columns %3); the first is used</source>
        <translation>столбец «%1» встречается %2 (столбцы %3); используется первый</translation>
    </message>
    <message>
        <location filename="../../src/io/csv.cpp" line="283"/>
        <source>%1 more column names appear more than once; the first of each is used</source>
        <translation>ещё имён столбцов, встречающихся больше одного раза: %1; используется первый из каждых</translation>
    </message>
    <message>
        <location filename="../../src/io/csv.cpp" line="332"/>
        <source>a quoted field is not closed</source>
        <translation>поле в кавычках не закрыто</translation>
    </message>
    <message>
        <location filename="../../src/io/csv.cpp" line="335"/>
        <source>expected %1 fields like the header, got %2</source>
        <translation>ожидалось полей: %1, как в заголовке, получено: %2</translation>
    </message>
    <message>
        <location filename="../../src/io/csv.cpp" line="339"/>
        <source>more than %1 data rows; use a smaller sample</source>
        <translation>больше %1 строк данных; возьмите выборку поменьше</translation>
    </message>
    <message>
        <location filename="../../src/io/csv.cpp" line="342"/>
        <source>%1 data rows × %2 columns is more than the limit of %3 numbers; use fewer rows or columns</source>
        <translation>строк данных: %1 × столбцов: %2 — больше предела в %3 чисел; уменьшите число строк или столбцов</translation>
    </message>
    <message>
        <location filename="../../src/io/csv.cpp" line="348"/>
        <source>column &apos;%1&apos;: &apos;%2&apos; is not a number</source>
        <translation>столбец «%1»: «%2» — не число</translation>
    </message>
    <message>
        <location filename="../../src/io/csv.cpp" line="372"/>
        <source>%1 line %2: %3</source>
        <translation>%1, строка %2: %3</translation>
    </message>
    <message>
        <location filename="../../src/io/csv.cpp" line="417"/>
        <source>cannot open the file: it does not exist</source>
        <translation>не удаётся открыть файл: он не существует</translation>
    </message>
    <message>
        <location filename="../../src/io/csv.cpp" line="418"/>
        <source>is a folder, not a CSV file</source>
        <translation>это папка, а не CSV-файл</translation>
    </message>
    <message>
        <location filename="../../src/io/csv.cpp" line="419"/>
        <source>is not a regular file (a pipe, device or socket)</source>
        <translation>не обычный файл (канал, устройство или сокет)</translation>
    </message>
    <message>
        <location filename="../../src/io/csv.cpp" line="429"/>
        <source>cannot open the file: %1</source>
        <translation>не удаётся открыть файл: %1</translation>
    </message>
    <message>
        <location filename="../../src/io/csv.cpp" line="432"/>
        <source>larger than %1 MB; use a smaller sample</source>
        <translation>больше %1 МБ; возьмите выборку поменьше</translation>
    </message>
    <message>
        <location filename="../../src/io/csv.cpp" line="439"/>
        <source>cannot read the file: %1</source>
        <translation>не удаётся прочитать файл: %1</translation>
    </message>
</context>
<context>
    <name>FashionMnistText</name>
    <message>
        <location filename="../../src/io/fashion_mnist.cpp" line="44"/>
        <source>%1: not 28×28 pictures with one label each</source>
        <translation>%1: не картинки 28×28 с одной меткой каждая</translation>
    </message>
    <message>
        <location filename="../../src/io/fashion_mnist.cpp" line="49"/>
        <source>%1 holds %2 pictures and %3 labels; %4 were asked for</source>
        <translation>в %1 картинок: %2, меток: %3; запрошено: %4</translation>
    </message>
    <message>
        <location filename="../../src/io/fashion_mnist.cpp" line="72"/>
        <source>%1: label %2 of item %3 is not a class from 0 to 9</source>
        <translation>%1: метка %2 элемента %3 — не класс от 0 до 9</translation>
    </message>
    <message>
        <location filename="../../src/io/fashion_mnist.cpp" line="99"/>
        <source>Fashion-MNIST is not installed (no %1); install the Debian package %2 (sudo apt install %2)</source>
        <translation>Fashion-MNIST не установлен (нет %1); установите пакет Debian %2 (sudo apt install %2)</translation>
    </message>
</context>
<context>
    <name>FileWriter</name>
    <message>
        <location filename="../../src/io/file_writer.cpp" line="21"/>
        <source>%1: %2: %3; the earlier file (if any) is unchanged</source>
        <translation>%1: %2: %3; прежний файл (если был) не изменён</translation>
    </message>
    <message>
        <location filename="../../src/io/file_writer.cpp" line="32"/>
        <source>%1: is a folder; choose a file name</source>
        <translation>%1: это папка; выберите имя файла</translation>
    </message>
    <message>
        <location filename="../../src/io/file_writer.cpp" line="34"/>
        <location filename="../../src/io/file_writer.cpp" line="42"/>
        <source>cannot write</source>
        <translation>не удаётся записать</translation>
    </message>
    <message>
        <location filename="../../src/io/file_writer.cpp" line="62"/>
        <source>cannot save</source>
        <translation>не удаётся сохранить</translation>
    </message>
</context>
<context>
    <name>GalleryDialog</name>
    <message>
        <location filename="../../ui/gallery_dialog.ui" line="18"/>
        <source>Lesson gallery</source>
        <translation>Галерея уроков</translation>
    </message>
    <message>
        <location filename="../../ui/gallery_dialog.ui" line="24"/>
        <source>The lessons that come with Backstep, in course order:</source>
        <translation>Уроки, поставляемые с Backstep, в порядке курса:</translation>
    </message>
</context>
<context>
    <name>GoToDialog</name>
    <message>
        <location filename="../../ui/go_to_dialog.ui" line="6"/>
        <source>Go to</source>
        <translation>Перейти</translation>
    </message>
    <message>
        <location filename="../../ui/go_to_dialog.ui" line="14"/>
        <source>Count in iterations (one batch each) or in epochs (one pass over the data)</source>
        <translation>Считать итерациями (по одному пакету) или эпохами (один проход по данным)</translation>
    </message>
    <message>
        <location filename="../../ui/go_to_dialog.ui" line="18"/>
        <source>Iteration</source>
        <translation>Итерация</translation>
    </message>
    <message>
        <location filename="../../ui/go_to_dialog.ui" line="23"/>
        <source>Epoch</source>
        <translation>Эпоха</translation>
    </message>
    <message>
        <location filename="../../ui/go_to_dialog.ui" line="37"/>
        <source>An epoch&apos;s first iteration is where the sheet goes</source>
        <translation>Для эпохи лист переходит к её первой итерации</translation>
    </message>
</context>
<context>
    <name>HandoutDialog</name>
    <message>
        <location filename="../../ui/handout_dialog.ui" line="17"/>
        <source>Handout</source>
        <translation>Рабочий лист</translation>
    </message>
    <message>
        <location filename="../../ui/handout_dialog.ui" line="32"/>
        <source>&amp;Step:</source>
        <translation>&amp;Шаг:</translation>
    </message>
    <message>
        <location filename="../../ui/handout_dialog.ui" line="42"/>
        <source>The step of the worksheet: its inputs filled in, its results as empty boxes</source>
        <translation>Шаг рабочего листа: входные данные заполнены, результаты — пустые клетки</translation>
    </message>
    <message>
        <location filename="../../ui/handout_dialog.ui" line="55"/>
        <source>&amp;All 12 steps, each on a page or more</source>
        <translation>&amp;Все 12 шагов, каждый на одной или нескольких страницах</translation>
    </message>
    <message>
        <location filename="../../ui/handout_dialog.ui" line="62"/>
        <source>The same pages with the computed cells filled in, for the teacher</source>
        <translation>Те же страницы с заполненными вычисляемыми ячейками, для преподавателя</translation>
    </message>
    <message>
        <location filename="../../ui/handout_dialog.ui" line="65"/>
        <source>Answer &amp;key (the answers filled in)</source>
        <translation>&amp;Ключ ответов (ответы заполнены)</translation>
    </message>
    <message>
        <location filename="../../ui/handout_dialog.ui" line="72"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Бумага:</translation>
    </message>
    <message>
        <location filename="../../ui/handout_dialog.ui" line="83"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../ui/handout_dialog.ui" line="88"/>
        <source>Letter</source>
        <translation>Letter (американский формат)</translation>
    </message>
    <message>
        <location filename="../../ui/handout_dialog.ui" line="96"/>
        <source>&amp;Decimals:</source>
        <translation>&amp;Знаков после запятой:</translation>
    </message>
    <message>
        <location filename="../../ui/handout_dialog.ui" line="106"/>
        <source>Digits after the point of every printed number</source>
        <translation>Число знаков после запятой у каждого напечатанного числа</translation>
    </message>
</context>
<context>
    <name>HandoutTexts</name>
    <message>
        <location filename="../../src/handout/handout_pdf.cpp" line="177"/>
        <source>%1: the handout could not be painted</source>
        <translation>%1: не удалось нарисовать рабочий лист</translation>
    </message>
    <message>
        <location filename="../../src/handout/handout_texts.h" line="14"/>
        <source>%1 · iteration %2 · step %3 of %4</source>
        <translation>%1 · итерация %2 · шаг %3 из %4</translation>
    </message>
    <message>
        <location filename="../../src/handout/handout_texts.h" line="15"/>
        <source>ANSWER KEY</source>
        <translation>КЛЮЧ ОТВЕТОВ</translation>
    </message>
    <message>
        <location filename="../../src/handout/handout_texts.h" line="16"/>
        <source>Name: ____________________</source>
        <translation>Имя: ____________________</translation>
    </message>
    <message>
        <location filename="../../src/handout/handout_texts.h" line="17"/>
        <source>page %1 of %2</source>
        <translation>стр. %1 из %2</translation>
    </message>
    <message>
        <location filename="../../src/handout/handout_texts.h" line="18"/>
        <source>Untitled lesson</source>
        <translation>Урок без названия</translation>
    </message>
    <message>
        <location filename="../../src/handout/handout_texts.h" line="20"/>
        <source>Step %1 · %2%3</source>
        <translation>Шаг %1 · %2%3</translation>
    </message>
    <message>
        <location filename="../../src/handout/handout_texts.h" line="21"/>
        <source> (layer %1)</source>
        <translation> (слой %1)</translation>
    </message>
    <message>
        <location filename="../../src/handout/handout_texts.h" line="22"/>
        <source>(continued)</source>
        <translation>(продолжение)</translation>
    </message>
    <message>
        <location filename="../../src/handout/handout_texts.h" line="23"/>
        <source>Given</source>
        <translation>Дано</translation>
    </message>
    <message>
        <location filename="../../src/handout/handout_texts.h" line="25"/>
        <source>Given (nothing to compute in this step)</source>
        <translation>Дано (на этом шаге вычислять нечего)</translation>
    </message>
    <message>
        <location filename="../../src/handout/handout_texts.h" line="27"/>
        <source>Compute (write each value in its box)</source>
        <translation>Вычислите (впишите каждое значение в его клетку)</translation>
    </message>
    <message>
        <location filename="../../src/handout/handout_texts.h" line="28"/>
        <source>Answers</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <location filename="../../src/handout/handout_texts.h" line="30"/>
        <source>%1 (%2×%3)</source>
        <translation>%1 (%2×%3)</translation>
    </message>
    <message>
        <location filename="../../src/handout/handout_texts.h" line="31"/>
        <source>, rows %1–%2</source>
        <translation>, строки %1–%2</translation>
    </message>
    <message>
        <location filename="../../src/handout/handout_texts.h" line="32"/>
        <source>, columns %1–%2</source>
        <translation>, столбцы %1–%2</translation>
    </message>
    <message>
        <location filename="../../src/handout/handout_texts.h" line="33"/>
        <source>rows %1–%2 not shown</source>
        <translation>строки %1–%2 не показаны</translation>
    </message>
    <message>
        <location filename="../../src/handout/handout_texts.h" line="35"/>
        <source>columns %1–%2 not shown</source>
        <translation>столбцы %1–%2 не показаны</translation>
    </message>
    <message>
        <location filename="../../src/handout/handout_texts.h" line="36"/>
        <source>Example: %1 is computed from the orange cells:</source>
        <translation>Пример: %1 вычисляется из оранжевых ячеек:</translation>
    </message>
    <message>
        <location filename="../../src/handout/handout_texts.h" line="39"/>
        <source>f = %1 (hidden layers), g = %2 (output layer)</source>
        <translation>f = %1 (скрытые слои), g = %2 (выходной слой)</translation>
    </message>
    <message>
        <location filename="../../src/handout/handout_texts.h" line="41"/>
        <source>learning rate lr = %1</source>
        <translation>скорость обучения lr = %1</translation>
    </message>
    <message>
        <location filename="../../src/handout/handout_texts.h" line="42"/>
        <source>B = %1 rows in this batch</source>
        <translation>B = %1 — строк в этом пакете</translation>
    </message>
    <message>
        <location filename="../../src/handout/handout_texts.h" line="43"/>
        <source>Working</source>
        <translation>Вычисления</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../ui/help_window.ui" line="17"/>
        <source>Backstep help</source>
        <translation>Справка Backstep</translation>
    </message>
    <message>
        <location filename="../../ui/help_window.ui" line="30"/>
        <source>The pages of the help</source>
        <translation>Страницы справки</translation>
    </message>
</context>
<context>
    <name>IdxFile</name>
    <message>
        <location filename="../../src/io/idx_file.cpp" line="45"/>
        <source>the file ends early</source>
        <translation>файл обрывается раньше времени</translation>
    </message>
    <message>
        <location filename="../../src/io/idx_file.cpp" line="55"/>
        <source>no such file</source>
        <translation>нет такого файла</translation>
    </message>
    <message>
        <location filename="../../src/io/idx_file.cpp" line="57"/>
        <source>cannot be opened</source>
        <translation>не удаётся открыть</translation>
    </message>
    <message>
        <location filename="../../src/io/idx_file.cpp" line="60"/>
        <source>not an IDX file (%1)</source>
        <translation>не IDX-файл (%1)</translation>
    </message>
    <message>
        <location filename="../../src/io/idx_file.cpp" line="62"/>
        <source>not an IDX file (it does not start with an IDX header)</source>
        <translation>не IDX-файл (не начинается с заголовка IDX)</translation>
    </message>
    <message>
        <location filename="../../src/io/idx_file.cpp" line="64"/>
        <source>holds elements of type 0x%1; only unsigned bytes (0x08) are read</source>
        <translation>содержит элементы типа 0x%1; читаются только беззнаковые байты (0x08)</translation>
    </message>
    <message>
        <location filename="../../src/io/idx_file.cpp" line="72"/>
        <source>its header ends early</source>
        <translation>его заголовок обрывается раньше времени</translation>
    </message>
    <message>
        <location filename="../../src/io/idx_file.cpp" line="78"/>
        <location filename="../../src/io/idx_file.cpp" line="85"/>
        <source>its dimensions are too large to be an image file</source>
        <translation>его размерности слишком велики для файла изображений</translation>
    </message>
    <message>
        <location filename="../../src/io/idx_file.cpp" line="89"/>
        <source>holds fewer items than its header says (%1)</source>
        <translation>содержит меньше элементов, чем сказано в заголовке (%1)</translation>
    </message>
</context>
<context>
    <name>ImageGalleryText</name>
    <message>
        <location filename="../../src/render/image_gallery.cpp" line="107"/>
        <source>no hidden layer</source>
        <translation>нет скрытого слоя</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/import_dialog.ui" line="33"/>
        <source>Target columns:</source>
        <translation>Целевые столбцы:</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="50"/>
        <source>Inputs:</source>
        <translation>Входы:</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="58"/>
        <source>Standardise (mean 0, standard deviation 1)</source>
        <translation>Стандартизовать (среднее 0, стандартное отклонение 1)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="63"/>
        <source>Min–max (into 0 … 1)</source>
        <translation>Мин–макс (в диапазон 0 … 1)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="68"/>
        <source>None (the numbers as they are)</source>
        <translation>Нет (числа как есть)</translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <location filename="../../src/io/exercise.cpp" line="39"/>
        <source>expected a non-empty array of step numbers from %1 to %2, got %3</source>
        <translation>ожидался непустой массив номеров шагов от %1 до %2, получено: %3</translation>
    </message>
    <message>
        <location filename="../../src/io/exercise.cpp" line="42"/>
        <source>an empty array</source>
        <translation>пустой массив</translation>
    </message>
    <message>
        <location filename="../../src/io/exercise.cpp" line="50"/>
        <source>step %1 computes nothing to practise; use steps from %2 to %3</source>
        <translation>шаг %1 ничего не вычисляет для практики; используйте шаги от %2 до %3</translation>
    </message>
    <message>
        <location filename="../../src/io/exercise.cpp" line="66"/>
        <source>step %1 is listed twice</source>
        <translation>шаг %1 указан дважды</translation>
    </message>
    <message>
        <location filename="../../src/io/json_fields.cpp" line="42"/>
        <location filename="../../src/io/json_fields.cpp" line="43"/>
        <source>the number %1</source>
        <translation>число %1</translation>
    </message>
    <message>
        <location filename="../../src/io/json_fields.cpp" line="48"/>
        <source>the string &quot;%1&quot;</source>
        <translation>строка «%1»</translation>
    </message>
    <message>
        <location filename="../../src/io/json_fields.cpp" line="52"/>
        <source>an array</source>
        <translation>массив</translation>
    </message>
    <message>
        <location filename="../../src/io/json_fields.cpp" line="54"/>
        <source>an object</source>
        <translation>объект</translation>
    </message>
    <message>
        <location filename="../../src/io/json_fields.cpp" line="56"/>
        <source>nothing</source>
        <translation>ничего</translation>
    </message>
    <message>
        <location filename="../../src/io/json_fields.cpp" line="72"/>
        <source>unknown key, ignored (known here: %1)</source>
        <translation>неизвестный ключ, пропущен (здесь известны: %1)</translation>
    </message>
    <message>
        <location filename="../../src/io/json_fields.cpp" line="77"/>
        <source>expected an object {…}, got %1</source>
        <translation>ожидался объект {…}, получено: %1</translation>
    </message>
    <message>
        <location filename="../../src/io/json_fields.cpp" line="89"/>
        <source>expected a number above %1 and at most %2, got %3</source>
        <translation>ожидалось число больше %1 и не больше %2, получено: %3</translation>
    </message>
    <message>
        <location filename="../../src/io/json_fields.cpp" line="90"/>
        <source>expected a number from %1 to %2, got %3</source>
        <translation>ожидалось число от %1 до %2, получено: %3</translation>
    </message>
    <message>
        <location filename="../../src/io/json_fields.cpp" line="104"/>
        <source>expected a whole number from %1 to %2, got %3</source>
        <translation>ожидалось целое число от %1 до %2, получено: %3</translation>
    </message>
    <message>
        <location filename="../../src/io/json_fields.cpp" line="115"/>
        <location filename="../../src/io/json_fields.cpp" line="145"/>
        <source>expected a string, got %1</source>
        <translation>ожидалась строка, получено: %1</translation>
    </message>
    <message>
        <location filename="../../src/io/json_fields.cpp" line="123"/>
        <source>expected true or false, got %1</source>
        <translation>ожидалось true или false, получено: %1</translation>
    </message>
    <message>
        <location filename="../../src/io/json_fields.cpp" line="132"/>
        <source>expected an array of strings, got %1</source>
        <translation>ожидался массив строк, получено: %1</translation>
    </message>
    <message>
        <location filename="../../src/io/json_fields.cpp" line="138"/>
        <source>expected %1 names, got %2</source>
        <translation>ожидалось имён: %1, получено: %2</translation>
    </message>
    <message>
        <location filename="../../src/io/json_fields.cpp" line="167"/>
        <source>not a language code (such as en, zh_CN or ru); ignored</source>
        <translation>не код языка (например, en, zh_CN или ru); пропущено</translation>
    </message>
    <message>
        <location filename="../../src/io/json_fields.cpp" line="178"/>
        <source>expected a string or {&quot;en&quot;: &quot;…&quot;, &quot;zh_CN&quot;: &quot;…&quot;, &quot;ru&quot;: &quot;…&quot;}, got %1</source>
        <translation>ожидалась строка или {&quot;en&quot;: &quot;…&quot;, &quot;zh_CN&quot;: &quot;…&quot;, &quot;ru&quot;: &quot;…&quot;}, получено: %1</translation>
    </message>
    <message>
        <location filename="../../src/io/json_fields.cpp" line="188"/>
        <source>expected a matrix as a non-empty array of rows [[…], …], got %1</source>
        <translation>ожидалась матрица — непустой массив строк [[…], …], получено: %1</translation>
    </message>
    <message>
        <location filename="../../src/io/json_fields.cpp" line="196"/>
        <source>expected a row as a non-empty array of numbers, got %1</source>
        <translation>ожидалась строка — непустой массив чисел, получено: %1</translation>
    </message>
    <message>
        <location filename="../../src/io/json_fields.cpp" line="203"/>
        <source>expected a row of %1 numbers like row 0, got %2</source>
        <translation>ожидалась строка из %1 чисел, как строка 0, получено: %2</translation>
    </message>
    <message>
        <location filename="../../src/io/json_fields.cpp" line="205"/>
        <source>%1 numbers</source>
        <translation>чисел: %1</translation>
    </message>
    <message>
        <location filename="../../src/io/json_fields.cpp" line="212"/>
        <source>%1 cells is more than the limit of %2</source>
        <translation>ячеек: %1 — больше предела %2</translation>
    </message>
    <message>
        <location filename="../../src/io/json_fields.cpp" line="217"/>
        <source>expected %1, got %2</source>
        <translation>ожидалось %1, получено %2</translation>
    </message>
    <message>
        <location filename="../../src/io/json_fields.cpp" line="228"/>
        <source>expected a finite number, got %1</source>
        <translation>ожидалось конечное число, получено: %1</translation>
    </message>
    <message>
        <location filename="../../src/io/json_text_check.cpp" line="66"/>
        <source>given twice in one object; the last value is used</source>
        <translation>задано дважды в одном объекте; используется последнее значение</translation>
    </message>
    <message>
        <location filename="../../src/io/json_text_check.cpp" line="70"/>
        <source>the key holds a raw control character</source>
        <translation>ключ содержит неэкранированный управляющий символ</translation>
    </message>
    <message>
        <location filename="../../src/io/json_text_check.cpp" line="74"/>
        <source>a raw control character (such as NUL) inside a string; remove it or write it as an escape like \u0000</source>
        <translation>неэкранированный управляющий символ (например, NUL) в строке; удалите его или запишите как \u0000</translation>
    </message>
</context>
<context>
    <name>LessonComparison</name>
    <message>
        <location filename="../../src/io/lesson_comparison.cpp" line="23"/>
        <source>expected an object of setting lists such as {&quot;learning_rate&quot;: [0.1, 0.01]}, got %1</source>
        <translation>ожидался объект со списками значений, например {&quot;learning_rate&quot;: [0.1, 0.01]}, а получено: %1</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_comparison.cpp" line="30"/>
        <source>no settings; give at least one, e.g. {&quot;learning_rate&quot;: [0.1, 0.01]}</source>
        <translation>нет ни одной настройки; укажите хотя бы одну, например {&quot;learning_rate&quot;: [0.1, 0.01]}</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_comparison.cpp" line="37"/>
        <source>unknown key; use %1</source>
        <translation>неизвестный ключ; используйте %1</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_comparison.cpp" line="54"/>
        <source>expected numbers or texts, got %1</source>
        <translation>ожидались числа или тексты, а получено: %1</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_comparison.cpp" line="62"/>
        <source>expected a list of values, got %1</source>
        <translation>ожидался список значений, а получено: %1</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_comparison.cpp" line="68"/>
        <source>no values; give a list such as [0.1, 0.01]</source>
        <translation>нет значений; укажите список, например [0.1, 0.01]</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_comparison.cpp" line="81"/>
        <source>%1 configurations are more than the %2 the Compare window shows; compare fewer values</source>
        <translation>конфигураций: %1, а окно сравнения показывает не больше %2; сравните меньше значений</translation>
    </message>
</context>
<context>
    <name>LessonLoader</name>
    <message>
        <location filename="../../src/io/lesson_loader.cpp" line="26"/>
        <source>an object is not closed: a &apos;}&apos; or a &apos;,&apos; between members is missing</source>
        <translation>объект не закрыт: не хватает &apos;}&apos; или &apos;,&apos; между членами</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_loader.cpp" line="29"/>
        <source>a &apos;:&apos; is missing after a key</source>
        <translation>после ключа не хватает &apos;:&apos;</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_loader.cpp" line="31"/>
        <source>an array is not closed: a &apos;]&apos; or a &apos;,&apos; between values is missing</source>
        <translation>массив не закрыт: не хватает &apos;]&apos; или &apos;,&apos; между значениями</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_loader.cpp" line="33"/>
        <source>a &apos;,&apos; is missing between values</source>
        <translation>между значениями не хватает &apos;,&apos;</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_loader.cpp" line="35"/>
        <source>not a JSON value (strings need double quotes, true/false/null are lower case, and a trailing comma is not allowed)</source>
        <translation>не значение JSON (строки — в двойных кавычках, true/false/null — строчными буквами, висячая запятая не допускается)</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_loader.cpp" line="38"/>
        <source>the file ends inside a number</source>
        <translation>файл обрывается посреди числа</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_loader.cpp" line="40"/>
        <source>not a valid number</source>
        <translation>недопустимое число</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_loader.cpp" line="42"/>
        <source>an invalid \ escape in a string</source>
        <translation>недопустимая \-последовательность в строке</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_loader.cpp" line="44"/>
        <source>the text is not valid UTF-8; save the file as UTF-8</source>
        <translation>текст — не корректный UTF-8; сохраните файл в UTF-8</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_loader.cpp" line="46"/>
        <source>a string is not closed: a &apos;&quot;&apos; is missing</source>
        <translation>строка не закрыта: не хватает &apos;&quot;&apos;</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_loader.cpp" line="48"/>
        <source>expected a &quot;key&quot;: value member here (a trailing comma before &apos;}&apos; is not allowed)</source>
        <translation>здесь ожидался член &quot;key&quot;: value (запятая перед &apos;}&apos; не допускается)</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_loader.cpp" line="52"/>
        <source>the file is nested too deeply</source>
        <translation>файл слишком глубоко вложен</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_loader.cpp" line="54"/>
        <source>the file is too large</source>
        <translation>файл слишком велик</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_loader.cpp" line="56"/>
        <source>unexpected text after the end of the lesson</source>
        <translation>лишний текст после конца урока</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_loader.cpp" line="60"/>
        <source>syntax error</source>
        <translation>синтаксическая ошибка</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_loader.cpp" line="90"/>
        <source>%1: the file is empty; a lesson is a JSON object starting with {&quot;format&quot;: &quot;backstep-lesson&quot;, …</source>
        <translation>%1: файл пуст; урок — это объект JSON, начинающийся с {&quot;format&quot;: &quot;backstep-lesson&quot;, …</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_loader.cpp" line="99"/>
        <source>%1: line %2, column %3: %4</source>
        <translation>%1: строка %2, столбец %3: %4</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_loader.cpp" line="107"/>
        <source>%1: expected a lesson object {…} at the top level, got an array</source>
        <translation>%1: на верхнем уровне ожидался объект урока {…}, получен массив</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_loader.cpp" line="118"/>
        <source>%1: … and %2 more errors</source>
        <translation>%1: … и ещё ошибок: %2</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_loader.cpp" line="124"/>
        <source>%1: … and %2 more warnings</source>
        <translation>%1: … и ещё предупреждений: %2</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_loader.cpp" line="134"/>
        <source>%1: no such file; check the path</source>
        <translation>%1: нет такого файла; проверьте путь</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_loader.cpp" line="136"/>
        <source>%1: is a folder; give a lesson file (.json)</source>
        <translation>%1: это папка; укажите файл урока (.json)</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_loader.cpp" line="138"/>
        <source>%1: is not a regular file (a pipe, device or socket); give a lesson file (.json)</source>
        <translation>%1: не обычный файл (канал, устройство или сокет); укажите файл урока (.json)</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_loader.cpp" line="143"/>
        <source>%1: cannot open: %2</source>
        <translation>%1: не удаётся открыть: %2</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_loader.cpp" line="147"/>
        <source>%1: larger than %2 MB; put large data in a CSV file next to the lesson</source>
        <translation>%1: больше %2 МБ; вынесите большие данные в CSV-файл рядом с уроком</translation>
    </message>
</context>
<context>
    <name>LessonParser</name>
    <message>
        <location filename="../../src/io/lesson_data_parser.cpp" line="42"/>
        <source>expected inline &quot;X&quot; and &quot;y&quot;, a &quot;generator&quot;, a &quot;csv&quot; file or a &quot;dataset&quot;</source>
        <translation>ожидались встроенные &quot;X&quot; и &quot;y&quot;, &quot;generator&quot;, файл &quot;csv&quot; или &quot;dataset&quot;</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_data_parser.cpp" line="45"/>
        <source>samples</source>
        <translation>примеров</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_data_parser.cpp" line="46"/>
        <source>test samples</source>
        <translation>тестовых примеров</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_data_parser.cpp" line="48"/>
        <source>%1 %2 is more than the limit of %3; use a smaller sample</source>
        <translation>%2: %1 — больше предела %3; возьмите выборку поменьше</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_data_parser.cpp" line="58"/>
        <source>more than %1 input or target columns</source>
        <translation>больше %1 входных или целевых столбцов</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_data_parser.cpp" line="74"/>
        <source>unknown normalisation &quot;%1&quot;; use none, standardise or minmax</source>
        <translation>неизвестная нормализация «%1»; используйте none, standardise или minmax</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_data_parser.cpp" line="85"/>
        <source>give either test_fraction or a test set (test_X/test_y or test_csv), not both</source>
        <translation>укажите либо test_fraction, либо тестовый набор (test_X/test_y или test_csv), но не оба</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_data_parser.cpp" line="124"/>
        <source>column &quot;%1&quot; cannot be normalised: its values are too large; rescale it</source>
        <translation>столбец «%1» нельзя нормализовать: значения слишком велики; перемасштабируйте его</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_data_parser.cpp" line="132"/>
        <source>column &quot;%1&quot; has values up to %2; training will overflow unless it is rescaled (&quot;normalise&quot;: &quot;standardise&quot;)</source>
        <translation>в столбце «%1» значения до %2; обучение переполнится, если его не перемасштабировать (&quot;normalise&quot;: &quot;standardise&quot;)</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_data_parser.cpp" line="220"/>
        <source>unknown generator &quot;%1&quot;; use xor, blobs, moons, circles or spiral</source>
        <translation>неизвестный генератор «%1»; используйте xor, blobs, moons, circles или spiral</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_data_parser.cpp" line="246"/>
        <source>only the spiral generator has a class count; ignored</source>
        <translation>число классов есть только у генератора spiral; пропущено</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_data_parser.cpp" line="261"/>
        <source>the file name is empty</source>
        <translation>имя файла пустое</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_data_parser.cpp" line="265"/>
        <source>&quot;%1&quot; is an absolute path; give a path relative to the lesson&apos;s folder</source>
        <translation>«%1» — абсолютный путь; укажите путь относительно папки урока</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_data_parser.cpp" line="279"/>
        <source>&quot;%1&quot; leaves the lesson&apos;s folder; keep data files next to the lesson or in a folder below it</source>
        <translation>«%1» выходит за пределы папки урока; держите файлы данных рядом с уроком или во вложенной папке</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_data_parser.cpp" line="287"/>
        <source>&quot;%1&quot; does not exist next to the lesson (looked in %2)</source>
        <translation>«%1» нет рядом с уроком (искали в %2)</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_data_parser.cpp" line="307"/>
        <source>missing; name the target column(s), e.g. [&quot;price&quot;]</source>
        <translation>отсутствует; назовите целевые столбцы, например [&quot;price&quot;]</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_data_parser.cpp" line="310"/>
        <source>name at least one target column</source>
        <translation>назовите хотя бы один целевой столбец</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_data_parser.cpp" line="324"/>
        <source>its input columns differ from those of %1</source>
        <translation>его входные столбцы отличаются от столбцов %1</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_data_parser.cpp" line="340"/>
        <source>unknown dataset &quot;%1&quot;; use fashion-mnist</source>
        <translation>неизвестный набор данных «%1»; используйте fashion-mnist</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_data_parser.cpp" line="388"/>
        <source>no column &quot;%1&quot; in %2 (its columns: %3)</source>
        <translation>в %2 нет столбца «%1» (его столбцы: %3)</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_data_parser.cpp" line="407"/>
        <source>no input columns are left besides the targets</source>
        <translation>кроме целевых не осталось входных столбцов</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_data_parser.cpp" line="417"/>
        <source>column &quot;%1&quot; of %2 holds words, not numbers; only a single target column can hold class names</source>
        <translation>в столбце «%1» файла %2 слова, а не числа; названия классов может содержать только единственный целевой столбец</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_data_parser.cpp" line="425"/>
        <source>column &quot;%1&quot; holds class names; make it the only target column</source>
        <translation>в столбце «%1» названия классов; сделайте его единственным целевым столбцом</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_data_parser.cpp" line="455"/>
        <source>%1: more than %2 different class names</source>
        <translation>%1: больше %2 разных названий классов</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_data_parser.cpp" line="461"/>
        <source>class &quot;%1&quot; of %2 is not in the training data</source>
        <translation>класса «%1» из %2 нет в обучающих данных</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_data_parser.cpp" line="466"/>
        <source>%1 names only one class; a classification needs two or more</source>
        <translation>в %1 только один класс; для классификации нужно два или больше</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_data_parser.cpp" line="491"/>
        <source>%1 holds a %2 matrix; expected %3</source>
        <translation>в %1 матрица %2; ожидалась %3</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_optimizer_parser.cpp" line="24"/>
        <source>expected &quot;sgd&quot;, &quot;momentum&quot;, &quot;adam&quot; or an object such as {&quot;name&quot;: &quot;adam&quot;, &quot;beta1&quot;: 0.9}</source>
        <translation>ожидалось &quot;sgd&quot;, &quot;momentum&quot;, &quot;adam&quot; или объект вида {&quot;name&quot;: &quot;adam&quot;, &quot;beta1&quot;: 0.9}</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_optimizer_parser.cpp" line="30"/>
        <source>unknown optimizer &quot;%1&quot;; use sgd, momentum or adam</source>
        <translation>неизвестный оптимизатор «%1»; используйте sgd, momentum или adam</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_optimizer_parser.cpp" line="42"/>
        <source>must be below 1 (it is the share of the past kept)</source>
        <translation>должно быть меньше 1 (это сохраняемая доля прошлого)</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_optimizer_parser.cpp" line="78"/>
        <source>must be below 1: with p = 1 every unit is dropped</source>
        <translation>должно быть меньше 1: при p = 1 отбрасывается каждый нейрон</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_optimizer_parser.cpp" line="90"/>
        <source>needs &quot;every&quot; (epochs) and &quot;factor&quot;, e.g. {&quot;every&quot;: 100, &quot;factor&quot;: 0.5}</source>
        <translation>нужны &quot;every&quot; (эпохи) и &quot;factor&quot;, например {&quot;every&quot;: 100, &quot;factor&quot;: 0.5}</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_parser.cpp" line="29"/>
        <source>expected &quot;backstep-lesson&quot;, got %1; is this a Backstep lesson?</source>
        <translation>ожидалось &quot;backstep-lesson&quot;, получено: %1; это урок Backstep?</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_parser.cpp" line="36"/>
        <source>version %1 is newer than this Backstep reads (1); update Backstep</source>
        <translation>версия %1 новее той, что читает этот Backstep (1); обновите Backstep</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_parser.cpp" line="47"/>
        <source>missing; give {&quot;X&quot;: […], &quot;y&quot;: […]}, a generator or a csv file</source>
        <translation>отсутствует; укажите {&quot;X&quot;: […], &quot;y&quot;: […]}, генератор или файл csv</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_parser.cpp" line="60"/>
        <source>%1 is not smaller than the %2 samples: every iteration uses all of them</source>
        <translation>%1 не меньше числа примеров (%2): каждая итерация использует их все</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_parser.cpp" line="81"/>
        <source>keys are step numbers from &quot;1&quot; to &quot;12&quot;</source>
        <translation>ключи — номера шагов от &quot;1&quot; до &quot;12&quot;</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_parser.cpp" line="92"/>
        <source>expected an array of texts, got %1</source>
        <translation>ожидался массив текстов, получено: %1</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_parser.cpp" line="127"/>
        <source>more than %1 experiments change settings; keep the others as text</source>
        <translation>больше %1 экспериментов меняют настройки; остальные оставьте текстом</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_parser.cpp" line="134"/>
        <source>not a setting an experiment can change (these can: %1)</source>
        <translation>эксперимент не может менять эту настройку (может: %1)</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_parser.cpp" line="147"/>
        <source>the changed lesson would not load: %1</source>
        <translation>изменённый урок не загрузится: %1</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_parser.cpp" line="197"/>
        <source>expected at most %1 hidden layers, got %2</source>
        <translation>ожидалось не больше %1 скрытых слоёв, получено %2</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_parser.cpp" line="225"/>
        <source>unknown activation &quot;%1&quot;; use %2</source>
        <translation>неизвестная активация «%1»; используйте %2</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_parser.cpp" line="227"/>
        <source>sigmoid, linear or softmax</source>
        <translation>sigmoid, linear или softmax</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_parser.cpp" line="228"/>
        <source>sigmoid, tanh, relu, leaky_relu, linear or step</source>
        <translation>sigmoid, tanh, relu, leaky_relu, linear или step</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_parser.cpp" line="257"/>
        <source>%1 outputs</source>
        <translation>выходов: %1</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_parser.cpp" line="257"/>
        <source>%1 hidden units</source>
        <translation>скрытых нейронов: %1</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_parser.cpp" line="259"/>
        <source>%1 samples × %2 is more than the limit of %3 cells per matrix; use fewer samples or units</source>
        <translation>примеров: %1 × %2 — больше предела в %3 ячеек на матрицу; уменьшите число примеров или нейронов</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_parser.cpp" line="268"/>
        <source>a %1 weight matrix (%2 inputs × %3) is more than the limit of %4 cells; use fewer units</source>
        <translation>матрица весов %1 (%2 входов × %3) — больше предела в %4 ячеек; уменьшите число нейронов</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_parser.cpp" line="284"/>
        <source>training %1 on %2 samples would need %3, more than the %4 Backstep allows for a lesson; use fewer or smaller layers, fewer samples or smaller batches</source>
        <translation>обучение %1 на %2 примерах потребует %3 — больше %4, которые Backstep допускает для урока; возьмите меньше слоёв или меньшие слои, меньше примеров или меньшие пакеты</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_parser.cpp" line="311"/>
        <source>unknown reduction &quot;%1&quot;; use sum (the tutorial&apos;s ½·ΣE²) or mean</source>
        <translation>неизвестное сведение «%1»; используйте sum (½·ΣE² из учебника) или mean</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_parser.cpp" line="338"/>
        <source>unknown loss &quot;%1&quot;; use mse, bce or cross_entropy</source>
        <translation>неизвестная функция потерь «%1»; используйте mse, bce или cross_entropy</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_parser.cpp" line="354"/>
        <source>expected &quot;full&quot;, &quot;sgd&quot; or a positive whole number, got %1</source>
        <translation>ожидалось &quot;full&quot;, &quot;sgd&quot; или целое положительное число, получено: %1</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_parser.cpp" line="393"/>
        <source>unknown method &quot;%1&quot;; use uniform, normal or xavier, or give the matrices</source>
        <translation>неизвестный метод «%1»; используйте uniform, normal или xavier либо задайте матрицы</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_parser.cpp" line="420"/>
        <source>expected &quot;random&quot; or &quot;zero&quot;, got %1</source>
        <translation>ожидалось &quot;random&quot; или &quot;zero&quot;, получено: %1</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_parser.cpp" line="425"/>
        <source>low (%1) is above high (%2)</source>
        <translation>low (%1) больше high (%2)</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_parser.cpp" line="446"/>
        <source>missing; give a %1 matrix or use {&quot;method&quot;: &quot;uniform&quot;}</source>
        <translation>отсутствует; задайте матрицу %1 или используйте {&quot;method&quot;: &quot;uniform&quot;}</translation>
    </message>
</context>
<context>
    <name>OptimizerSettings</name>
    <message>
        <location filename="../../ui/optimizer_settings.ui" line="6"/>
        <source>Updates and dropout</source>
        <translation>Обновления и dropout</translation>
    </message>
    <message>
        <location filename="../../ui/optimizer_settings.ui" line="18"/>
        <source>Optimiser</source>
        <translation>Оптимизатор</translation>
    </message>
    <message>
        <location filename="../../ui/optimizer_settings.ui" line="28"/>
        <source>What steps 11–12 do with G: plain steps θ + lr·G, momentum (a velocity that adds up steady steps) or Adam (running means of G and G⊙G, a step of about lr per weight).</source>
        <translation>Что шаги 11–12 делают с G: обычные шаги θ + lr·G, моментум (скорость, складывающая шаги в одном направлении) или Adam (скользящие средние G и G⊙G, шаг около lr для каждого веса).</translation>
    </message>
    <message>
        <location filename="../../ui/optimizer_settings.ui" line="32"/>
        <source>plain steps (sgd)</source>
        <translation>обычные шаги (sgd)</translation>
    </message>
    <message>
        <location filename="../../ui/optimizer_settings.ui" line="37"/>
        <source>momentum</source>
        <translation>моментум</translation>
    </message>
    <message>
        <location filename="../../ui/optimizer_settings.ui" line="42"/>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <location filename="../../ui/optimizer_settings.ui" line="50"/>
        <source>β</source>
        <translation>β</translation>
    </message>
    <message>
        <location filename="../../ui/optimizer_settings.ui" line="60"/>
        <source>Momentum: the share of the last velocity kept (0.9: about the last ten steps).</source>
        <translation>Моментум: доля прошлой скорости, которая сохраняется (0.9 — примерно последние десять шагов).</translation>
    </message>
    <message>
        <location filename="../../ui/optimizer_settings.ui" line="82"/>
        <source>β1</source>
        <translation>β1</translation>
    </message>
    <message>
        <location filename="../../ui/optimizer_settings.ui" line="92"/>
        <source>Adam: how slowly m, the running mean of G, forgets.</source>
        <translation>Adam: как медленно забывает m — скользящее среднее G.</translation>
    </message>
    <message>
        <location filename="../../ui/optimizer_settings.ui" line="114"/>
        <source>β2</source>
        <translation>β2</translation>
    </message>
    <message>
        <location filename="../../ui/optimizer_settings.ui" line="124"/>
        <source>Adam: how slowly v, the running mean of G⊙G, forgets.</source>
        <translation>Adam: как медленно забывает v — скользящее среднее G⊙G.</translation>
    </message>
    <message>
        <location filename="../../ui/optimizer_settings.ui" line="146"/>
        <source>ε</source>
        <translation>ε</translation>
    </message>
    <message>
        <location filename="../../ui/optimizer_settings.ui" line="156"/>
        <source>Adam: added to √v̂ so that the division stays finite (1e-8).</source>
        <translation>Adam: добавляется к √v̂, чтобы деление оставалось конечным (1e-8).</translation>
    </message>
    <message>
        <location filename="../../ui/optimizer_settings.ui" line="166"/>
        <source>Weight decay λ</source>
        <translation>Затухание весов λ</translation>
    </message>
    <message>
        <location filename="../../ui/optimizer_settings.ui" line="176"/>
        <source>L2 weight decay: G of every weight gets −λ·w, pulling weights towards 0 (biases never). 0: none.</source>
        <translation>L2-затухание весов: к G каждого веса добавляется −λ·w, что тянет веса к 0 (смещения — никогда). 0 — нет.</translation>
    </message>
    <message>
        <location filename="../../ui/optimizer_settings.ui" line="198"/>
        <source>Shrink lr</source>
        <translation>Уменьшать lr</translation>
    </message>
    <message>
        <location filename="../../ui/optimizer_settings.ui" line="201"/>
        <source>Multiply the learning rate by a factor every few epochs (lr_decay).</source>
        <translation>Умножать скорость обучения на множитель каждые несколько эпох (lr_decay).</translation>
    </message>
    <message>
        <location filename="../../ui/optimizer_settings.ui" line="210"/>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <location filename="../../ui/optimizer_settings.ui" line="217"/>
        <source>The factor the learning rate is multiplied by.</source>
        <translation>Множитель для скорости обучения.</translation>
    </message>
    <message>
        <location filename="../../ui/optimizer_settings.ui" line="239"/>
        <source>every</source>
        <translation>каждые</translation>
    </message>
    <message>
        <location filename="../../ui/optimizer_settings.ui" line="246"/>
        <source>How many epochs pass between two reductions.</source>
        <translation>Сколько эпох проходит между двумя уменьшениями.</translation>
    </message>
    <message>
        <location filename="../../ui/optimizer_settings.ui" line="249"/>
        <source> epochs</source>
        <translation> эпох</translation>
    </message>
    <message>
        <location filename="../../ui/optimizer_settings.ui" line="267"/>
        <source>Dropout p</source>
        <translation>Dropout p</translation>
    </message>
    <message>
        <location filename="../../ui/optimizer_settings.ui" line="277"/>
        <source>While training, each hidden unit of each sample is dropped with probability p and the kept ones are scaled by 1/(1−p); step 4 shows the mask. 0: none.</source>
        <translation>При обучении каждый скрытый нейрон каждого примера отключается с вероятностью p, а оставшиеся умножаются на 1/(1−p); шаг 4 показывает маску. 0 — нет.</translation>
    </message>
</context>
<context>
    <name>PracticeSummaryDialog</name>
    <message>
        <location filename="../../ui/practice_summary_dialog.ui" line="18"/>
        <source>Practice summary</source>
        <translation>Итоги практики</translation>
    </message>
    <message>
        <location filename="../../ui/practice_summary_dialog.ui" line="59"/>
        <source>Save every answer of this practice as a CSV file</source>
        <translation>Сохранить все ответы этой практики в файл CSV</translation>
    </message>
    <message>
        <location filename="../../ui/practice_summary_dialog.ui" line="62"/>
        <source>Export results…</source>
        <translation>Экспортировать результаты…</translation>
    </message>
</context>
<context>
    <name>ProvenanceWording</name>
    <message>
        <location filename="../../src/models/provenance_wording.cpp" line="14"/>
        <source>given by the lesson</source>
        <translation>задано уроком</translation>
    </message>
    <message>
        <location filename="../../src/models/provenance_wording.cpp" line="16"/>
        <source>the value before this iteration</source>
        <translation>значение до этой итерации</translation>
    </message>
    <message>
        <location filename="../../src/models/provenance_wording.cpp" line="18"/>
        <source>remembered from the last iteration</source>
        <translation>сохранено с прошлой итерации</translation>
    </message>
    <message>
        <location filename="../../src/models/provenance_wording.cpp" line="20"/>
        <source>the step function is flat on both sides of %1</source>
        <translation>ступенчатая функция постоянна по обе стороны от %1</translation>
    </message>
    <message>
        <location filename="../../src/models/provenance_wording.cpp" line="22"/>
        <source>the slope of linear(z) = z</source>
        <translation>производная (наклон) linear(z) = z</translation>
    </message>
    <message>
        <location filename="../../src/models/provenance_wording.cpp" line="24"/>
        <source>1 if %1 &gt; 0 else %2</source>
        <translation>1, если %1 &gt; 0, иначе %2</translation>
    </message>
    <message>
        <location filename="../../src/models/provenance_wording.cpp" line="26"/>
        <source>1 (kept) with probability 1 − p, 0 (dropped) with probability p</source>
        <translation>1 (оставлен) с вероятностью 1 − p, 0 (отброшен) с вероятностью p</translation>
    </message>
    <message>
        <location filename="../../src/models/provenance_wording.cpp" line="31"/>
        <source>the lesson&apos;s initial value in iteration 1, the last update&apos;s result after</source>
        <translation>на итерации 1 — начальное значение урока, дальше — результат последнего обновления</translation>
    </message>
    <message>
        <location filename="../../src/models/provenance_wording.cpp" line="34"/>
        <source>E = y − output, so the updates of steps 11–12 add (+=)</source>
        <translation>E = y − output, поэтому обновления шагов 11–12 прибавляются (+=)</translation>
    </message>
    <message>
        <location filename="../../src/models/provenance_wording.cpp" line="36"/>
        <source>uses %1 from before the update of step 11</source>
        <translation>используется %1 до обновления на шаге 11</translation>
    </message>
    <message>
        <location filename="../../src/models/provenance_wording.cpp" line="38"/>
        <source>the diagonal of the softmax Jacobian; with cross-entropy it cancels</source>
        <translation>диагональ якобиана softmax; с кросс-энтропией производные сокращаются</translation>
    </message>
    <message>
        <location filename="../../src/models/provenance_wording.cpp" line="41"/>
        <source>a zero slope passes no gradient back: a step unit cannot learn</source>
        <translation>нулевая производная (наклон) не передаёт градиент назад: ступенчатый нейрон не может учиться</translation>
    </message>
    <message>
        <location filename="../../src/models/provenance_wording.cpp" line="44"/>
        <source>with %1 and %2 the slope cancels: d_output = E</source>
        <translation>с %1 и %2 производная (наклон) сокращается: d_output = E</translation>
    </message>
    <message>
        <location filename="../../src/models/provenance_wording.cpp" line="46"/>
        <source>dropout: the unit&apos;s share of the error goes back only if it was kept</source>
        <translation>dropout: доля ошибки нейрона идёт назад, только если он был оставлен</translation>
    </message>
    <message>
        <location filename="../../src/models/provenance_wording.cpp" line="49"/>
        <source>p = %1; drawn anew for every iteration from the lesson&apos;s seeded generator (update %2); only while training</source>
        <translation>p = %1; разыгрывается заново на каждой итерации генератором урока с заданным зерном (обновление %2); только при обучении</translation>
    </message>
    <message>
        <location filename="../../src/models/provenance_wording.cpp" line="52"/>
        <source>kept units are scaled by 1/(1 − p), so the next layer sees the same total on average; tests and the 2-D views use no dropout</source>
        <translation>оставленные нейроны умножаются на 1/(1 − p), чтобы следующий слой в среднем видел ту же сумму; тесты и двумерные виды dropout не используют</translation>
    </message>
    <message>
        <location filename="../../src/models/provenance_wording.cpp" line="56"/>
        <source>B = %1, the rows of this batch (the loss is their mean)</source>
        <translation>B = %1 — строки этого пакета (потери — их среднее)</translation>
    </message>
    <message>
        <location filename="../../src/models/provenance_wording.cpp" line="58"/>
        <source>B = %1, the rows of this batch</source>
        <translation>B = %1 — строки этого пакета</translation>
    </message>
    <message>
        <location filename="../../src/models/provenance_wording.cpp" line="60"/>
        <source>this lesson freezes the biases (update_biases: false)</source>
        <translation>этот урок замораживает смещения (update_biases: false)</translation>
    </message>
    <message>
        <location filename="../../src/models/provenance_wording.cpp" line="62"/>
        <source>the sum runs over the rows (samples), like np.sum(d, axis=0)</source>
        <translation>сумма идёт по строкам (примерам), как np.sum(d, axis=0)</translation>
    </message>
    <message>
        <location filename="../../src/models/provenance_wording.cpp" line="65"/>
        <source>… stands for %1 more terms</source>
        <translation>«…» — пропущенные слагаемые, их %1</translation>
    </message>
    <message>
        <location filename="../../src/models/provenance_wording.cpp" line="67"/>
        <source>%1 of the iteration before; zero before the first update</source>
        <translation>%1 предыдущей итерации; ноль до первого обновления</translation>
    </message>
    <message>
        <location filename="../../src/models/provenance_wording.cpp" line="69"/>
        <source>G is what step 12 adds before the learning rate (−∂loss/∂b)</source>
        <translation>G — то, что шаг 12 прибавляет до умножения на скорость обучения (−∂loss/∂b)</translation>
    </message>
    <message>
        <location filename="../../src/models/provenance_wording.cpp" line="71"/>
        <source>G is what step 11 adds before the learning rate (−∂loss/∂w)</source>
        <translation>G — то, что шаг 11 прибавляет до умножения на скорость обучения (−∂loss/∂w)</translation>
    </message>
    <message>
        <location filename="../../src/models/provenance_wording.cpp" line="73"/>
        <source>weight decay λ pulls every weight towards 0</source>
        <translation>затухание весов λ тянет каждый вес к 0</translation>
    </message>
    <message>
        <location filename="../../src/models/provenance_wording.cpp" line="75"/>
        <source>velocity keeps a share β of the last steps, so steps in a steady direction grow and zig-zags cancel</source>
        <translation>скорость сохраняет долю β прошлых шагов, поэтому шаги в одном направлении растут, а зигзаги гасятся</translation>
    </message>
    <message>
        <location filename="../../src/models/provenance_wording.cpp" line="78"/>
        <source>m is a running mean of G: the direction the weight keeps moving in</source>
        <translation>m — скользящее среднее G: направление, в котором вес продолжает двигаться</translation>
    </message>
    <message>
        <location filename="../../src/models/provenance_wording.cpp" line="81"/>
        <source>v remembers the squares of past G, so a weight that has moved a lot takes smaller steps</source>
        <translation>v помнит квадраты прошлых G, поэтому вес, который много менялся, делает шаги меньше</translation>
    </message>
    <message>
        <location filename="../../src/models/provenance_wording.cpp" line="85"/>
        <source>t = %1, this update&apos;s number; m and v start at 0, and the division undoes that early pull towards 0</source>
        <translation>t = %1 — номер этого обновления; m и v начинаются с 0, и деление устраняет этот ранний сдвиг к 0</translation>
    </message>
    <message>
        <location filename="../../src/models/provenance_wording.cpp" line="88"/>
        <source>each weight gets its own step size: about lr when G keeps its sign</source>
        <translation>у каждого веса свой размер шага: около lr, пока G не меняет знак</translation>
    </message>
    <message>
        <location filename="../../src/models/provenance_wording.cpp" line="91"/>
        <source>lr is this epoch&apos;s learning rate (lr_decay)</source>
        <translation>lr — скорость обучения этой эпохи (lr_decay)</translation>
    </message>
    <message>
        <location filename="../../src/models/provenance_wording.cpp" line="110"/>
        <source>%1 (%2)</source>
        <extracomment>a value and why: &quot;0 (the step function is flat on both sides of z[1,1])&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../src/models/provenance_wording.cpp" line="118"/>
        <source>; </source>
        <extracomment>between two notes of a cell&apos;s formula</extracomment>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../src/ui/evaluation_view.cpp" line="42"/>
        <source>predicted %1</source>
        <translation>прогноз %1</translation>
    </message>
    <message>
        <location filename="../../src/ui/evaluation_view.cpp" line="47"/>
        <source>actual %1</source>
        <translation>истинно %1</translation>
    </message>
    <message>
        <location filename="../../src/ui/help_dialogs.cpp" line="11"/>
        <source>About Backstep</source>
        <translation>О Backstep</translation>
    </message>
    <message>
        <location filename="../../src/ui/help_dialogs.cpp" line="12"/>
        <source>&lt;h3&gt;Backstep %1&lt;/h3&gt;&lt;p&gt;Step through how a neural network learns: every intermediate matrix of a training step as a grid, one step per click.&lt;/p&gt;&lt;p&gt;Free software under the MIT licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Backstep %1&lt;/h3&gt;&lt;p&gt;Пошагово показывает, как учится нейронная сеть: каждая промежуточная матрица шага обучения — отдельная таблица, один шаг на щелчок.&lt;/p&gt;&lt;p&gt;Свободная программа под лицензией MIT.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>SetCellCommand</name>
    <message>
        <location filename="../../src/models/set_cell_command.cpp" line="13"/>
        <source>Edit %1[%2,%3]</source>
        <translation>Изменение %1[%2,%3]</translation>
    </message>
</context>
<context>
    <name>SettingsDock</name>
    <message>
        <location filename="../../ui/settings_dock.ui" line="73"/>
        <source>Data</source>
        <translation>Данные</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="85"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="95"/>
        <source>Where the samples come from: the lesson&apos;s own numbers, or a generator that draws a toy data set.</source>
        <translation>Откуда берутся примеры: собственные числа урока или генератор, создающий учебный набор данных.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="99"/>
        <source>The lesson&apos;s own data</source>
        <translation>Данные урока</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="104"/>
        <source>Generator: XOR</source>
        <translation>Генератор: XOR</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="109"/>
        <source>Generator: blobs</source>
        <translation>Генератор: кластеры</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="114"/>
        <source>Generator: moons</source>
        <translation>Генератор: полумесяцы</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="119"/>
        <source>Generator: circles</source>
        <translation>Генератор: окружности</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="124"/>
        <source>Generator: spiral</source>
        <translation>Генератор: спираль</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="132"/>
        <source>Samples</source>
        <translation>Число примеров</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="142"/>
        <source>How many samples the generator draws (before some are held out for testing).</source>
        <translation>Сколько примеров создаёт генератор (до того, как часть откладывается для проверки).</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="158"/>
        <source>Noise</source>
        <translation>Шум</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="168"/>
        <source>How far the generated points scatter around their ideal shape; more noise makes the classes overlap.</source>
        <translation>Насколько точки разбросаны вокруг идеальной формы; чем больше шум, тем сильнее классы перекрываются.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="187"/>
        <source>Classes</source>
        <translation>Число классов</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="197"/>
        <source>How many spiral arms, one class each; more than two gives one output per class.</source>
        <translation>Число ветвей спирали, по одному классу на ветвь; если их больше двух, у сети по одному выходу на класс.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="213"/>
        <source>Data seed</source>
        <translation>Зерно данных</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="223"/>
        <source>The seed of the generator: another number draws other points of the same shape.</source>
        <translation>Зерно генератора случайных чисел: другое число даёт другие точки той же формы.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="236"/>
        <source>Test fraction</source>
        <translation>Доля для теста</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="246"/>
        <source>The share of samples held out from training to test how well the network generalises.</source>
        <translation>Доля примеров, которые не участвуют в обучении и служат для проверки обобщающей способности сети.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="268"/>
        <source>Network</source>
        <translation>Сеть</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="280"/>
        <source>Hidden layers</source>
        <translation>Скрытых слоёв</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="290"/>
        <source>How many hidden layers sit between the inputs and the output layer; 0: none (a perceptron).</source>
        <translation>Сколько скрытых слоёв стоит между входами и выходным слоем; 0 — ни одного (перцептрон).</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="306"/>
        <source>Units per layer</source>
        <translation>Нейронов в слое</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="316"/>
        <source>Hidden units of each layer, first to last: &quot;8&quot; for one layer, &quot;8x4&quot; or &quot;8, 4&quot; for two.</source>
        <translation>Число нейронов в каждом скрытом слое, от первого к последнему: &quot;8&quot; для одного слоя, &quot;8x4&quot; или &quot;8, 4&quot; для двух.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="319"/>
        <source>8 or 8x4</source>
        <translation>8 или 8x4</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="326"/>
        <source>Hidden activation</source>
        <translation>Активация скрытого слоя</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="336"/>
        <source>The function each hidden unit applies to its weighted sum (step 4 of the iteration).</source>
        <translation>Функция активации, которую каждый скрытый нейрон применяет к своей взвешенной сумме (шаг 4 итерации).</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="340"/>
        <location filename="../../ui/settings_dock.ui" line="387"/>
        <source>sigmoid</source>
        <translation>sigmoid</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="345"/>
        <source>tanh</source>
        <translation>tanh</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="350"/>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="355"/>
        <source>leaky ReLU</source>
        <translation>leaky ReLU</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="360"/>
        <location filename="../../ui/settings_dock.ui" line="392"/>
        <source>linear</source>
        <translation>линейная</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="365"/>
        <source>step</source>
        <translation>ступенчатая</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="373"/>
        <source>Output activation</source>
        <translation>Активация выходного слоя</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="383"/>
        <source>The function the output layer applies: sigmoid for yes/no, softmax for one of several classes, linear for numbers.</source>
        <translation>Функция активации выходного слоя: sigmoid для ответа «да/нет», softmax для выбора одного из нескольких классов, линейная для предсказания чисел.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="397"/>
        <source>softmax</source>
        <translation>softmax</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="408"/>
        <source>Training</source>
        <translation>Обучение</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="420"/>
        <source>Loss</source>
        <translation>Функция потерь</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="430"/>
        <source>How the error between output and target is measured; its derivative starts backpropagation.</source>
        <translation>Как измеряется ошибка между выходом и целью; с её производной начинается обратное распространение ошибки.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="434"/>
        <source>squared error (MSE)</source>
        <translation>квадратичная ошибка (MSE)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="439"/>
        <source>binary cross-entropy</source>
        <translation>бинарная кросс-энтропия</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="444"/>
        <source>cross-entropy</source>
        <translation>кросс-энтропия</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="452"/>
        <source>Loss over the batch</source>
        <translation>Потери по пакету</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="462"/>
        <source>Whether the batch&apos;s losses are added up or averaged; the mean divides every weight step by the batch size.</source>
        <translation>Складываются ли потери примеров пакета или усредняются; при усреднении каждый шаг весов делится на размер пакета.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="466"/>
        <source>sum</source>
        <translation>сумма</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="471"/>
        <source>mean</source>
        <translation>среднее</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="479"/>
        <source>Learning rate</source>
        <translation>Скорость обучения</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="491"/>
        <source>The size of each weight step, on a logarithmic scale from 0.0001 to 10: each tick is ten times the one before.</source>
        <translation>Величина каждого шага весов по логарифмической шкале от 0.0001 до 10: каждое деление в десять раз больше предыдущего.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="522"/>
        <source>The exact learning rate: how far each weight moves against its gradient in steps 11 and 12.</source>
        <translation>Точное значение скорости обучения: насколько каждый вес сдвигается против своего градиента на шагах 11 и 12.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="546"/>
        <source>Batch</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="558"/>
        <source>How many samples each iteration uses: all of them, one at a time, or small groups.</source>
        <translation>Сколько примеров использует каждая итерация: все сразу, по одному или небольшими группами.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="562"/>
        <source>full batch</source>
        <translation>полный пакет</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="567"/>
        <source>SGD (one sample)</source>
        <translation>SGD (по одному примеру)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="572"/>
        <source>mini-batch</source>
        <translation>мини-пакет</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="580"/>
        <source>Samples per mini-batch: each iteration computes the gradient from this many samples.</source>
        <translation>Примеров в мини-пакете: каждая итерация вычисляет градиент по стольким примерам.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="598"/>
        <source>Epochs</source>
        <translation>Число эпох</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="608"/>
        <source>How many passes over all training samples the lesson plans (and the Train box starts at).</source>
        <translation>Сколько проходов по всем обучающим примерам предусматривает урок (с этого числа начинается поле «Обучить»).</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="624"/>
        <source>Stop training after the first epoch whose loss is at or below the target.</source>
        <translation>Остановить обучение после первой эпохи, потери которой не выше целевых.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="627"/>
        <source>Stop at loss</source>
        <translation>Целевые потери</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="634"/>
        <source>The target loss: training ends once an epoch&apos;s loss is this small.</source>
        <translation>Целевые потери: обучение заканчивается, как только потери эпохи станут такими малыми.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="656"/>
        <source>Whether step 12 changes the biases too; off, they keep their initial values.</source>
        <translation>Изменяет ли шаг 12 также и смещения; если выключено, они сохраняют начальные значения.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="659"/>
        <source>Update the biases</source>
        <translation>Обновлять смещения</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="669"/>
        <source>Initial weights</source>
        <translation>Начальные веса</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="681"/>
        <source>Method</source>
        <translation>Способ</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="691"/>
        <source>How the starting weights are drawn; training begins from them at iteration 1.</source>
        <translation>Как выбираются начальные веса; с них обучение начинается на итерации 1.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="695"/>
        <source>as given in the lesson</source>
        <translation>как задано в уроке</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="700"/>
        <source>uniform</source>
        <translation>равномерное</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="705"/>
        <source>normal</source>
        <translation>нормальное</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="710"/>
        <source>Xavier</source>
        <translation>Xavier</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="718"/>
        <source>Seed</source>
        <translation>Зерно</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="728"/>
        <source>The seed of the random weights: the same seed gives the same start every time.</source>
        <translation>Зерно для случайных весов: с тем же зерном начальные веса каждый раз одинаковы.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="741"/>
        <source>Standard deviation</source>
        <translation>Стандартное отклонение</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="751"/>
        <source>How widely the normal method spreads the starting weights around their mean.</source>
        <translation>Насколько широко нормальное распределение разбрасывает начальные веса вокруг среднего.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="770"/>
        <source>Biases</source>
        <translation>Смещения</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="780"/>
        <source>Whether the biases start random like the weights or at zero.</source>
        <translation>Начинаются ли смещения со случайных значений, как веса, или с нуля.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="784"/>
        <source>random</source>
        <translation>случайные</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="789"/>
        <source>zero</source>
        <translation>нулевые</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="800"/>
        <source>Every change takes effect at once; Edit → Undo takes it back.</source>
        <translation>Каждое изменение действует сразу; «Правка → Отменить» возвращает прежнее.</translation>
    </message>
</context>
<context>
    <name>SettingsRefusal</name>
    <message>
        <location filename="../../src/models/settings_change.cpp" line="49"/>
        <source>%1: not a setting that can be changed here</source>
        <translation>%1: эту настройку здесь менять нельзя</translation>
    </message>
</context>
<context>
    <name>StepExplanation</name>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="22"/>
        <source>&lt;p&gt;The biases move the same way as the weights in step 11, with &lt;b&gt;G&lt;/b&gt; = the sum of the deltas over the samples</source>
        <translation>&lt;p&gt;Смещения меняются так же, как веса на шаге 11, где &lt;b&gt;G&lt;/b&gt; — сумма дельт по примерам</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="25"/>
        <source>, divided by B</source>
        <translation>, делённая на B</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="26"/>
        <source>. Weight decay never touches a bias. The iteration is complete; the next one starts from these weights and from what the optimiser remembers.&lt;/p&gt;</source>
        <translation>. Затухание весов никогда не касается смещений. Итерация завершена; следующая начнётся с этих весов и с того, что помнит оптимизатор.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="32"/>
        <source>&lt;p&gt;First &lt;b&gt;G&lt;/b&gt;, what the tutorial adds before the learning rate: each weight&apos;s input times the delta it feeds, summed over the samples</source>
        <translation>&lt;p&gt;Сначала &lt;b&gt;G&lt;/b&gt; — то, что учебник прибавляет до умножения на скорость обучения: вход каждого веса, умноженный на дельту, которую он питает, и просуммированный по примерам</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="37"/>
        <source> and divided by B, the %1 rows of this batch</source>
        <translation> и делённый на B — %1 строк этого батча</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="41"/>
        <source>, minus λ·w: weight decay (λ = %1) pulls every weight towards zero, so only weights the data keeps asking for stay large</source>
        <translation>, минус λ·w: затухание весов (λ = %1) тянет каждый вес к нулю, так что большими остаются только веса, которых постоянно требуют данные</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="46"/>
        <source>.&lt;/p&gt;</source>
        <translation>.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="50"/>
        <source>&lt;p&gt;Then each weight moves by lr·G (lr = %1).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Затем каждый вес сдвигается на lr·G (lr = %1).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="55"/>
        <source>&lt;p&gt;&lt;b&gt;Momentum&lt;/b&gt; keeps a velocity per weight: velocity = β·velocity + G (β = %1), and the weight moves by lr·velocity (lr = %2). Steps in a steady direction add up and grow; steps that keep changing sign cancel, so zig-zags calm down.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Моментум&lt;/b&gt; хранит скорость для каждого веса: velocity = β·velocity + G (β = %1), и вес сдвигается на lr·velocity (lr = %2). Шаги в постоянном направлении складываются и растут; шаги, меняющие знак, гасят друг друга, и зигзаги успокаиваются.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="65"/>
        <source>&lt;p&gt;&lt;b&gt;Adam&lt;/b&gt; keeps two running means per weight: &lt;b&gt;m&lt;/b&gt; of G (β1 = %1), the direction the weight keeps moving in, and &lt;b&gt;v&lt;/b&gt; of G⊙G (β2 = %2), how large its changes have been. Both start at 0, so m̂ and v̂ divide by 1 − β1ᵗ and 1 − β2ᵗ to undo that early pull towards 0 (t = %3 here). Each weight then moves by lr·m̂/(√v̂ + ε) (lr = %4): about lr while G keeps its sign, whatever its size, so a weight that has moved a lot takes smaller steps than plain gradient steps would, and one with a tiny G still moves.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Adam&lt;/b&gt; хранит для каждого веса два скользящих средних: &lt;b&gt;m&lt;/b&gt; от G (β1 = %1) — направление, в котором вес продолжает двигаться, и &lt;b&gt;v&lt;/b&gt; от G⊙G (β2 = %2) — насколько велики были его изменения. Оба начинаются с 0, поэтому m̂ и v̂ делятся на 1 − β1ᵗ и 1 − β2ᵗ, чтобы убрать этот ранний сдвиг к 0 (здесь t = %3). Затем каждый вес сдвигается на lr·m̂/(√v̂ + ε) (lr = %4): примерно на lr, пока G сохраняет знак, каким бы ни был его размер, так что вес, который сильно менялся, делает шаги меньше, чем при обычном градиентном шаге, а вес с крошечным G всё равно движется.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="82"/>
        <source>&lt;p&gt;The learning rate is multiplied by %1 every %2 epochs; in this epoch it is %3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Скорость обучения умножается на %1 каждые %2 эпох; в этой эпохе она равна %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="98"/>
        <source>&lt;p&gt;&lt;b&gt;X&lt;/b&gt; holds one sample per row and one input per column; &lt;b&gt;y&lt;/b&gt; holds the targets the network should learn to output for each sample.&lt;/p&gt;</source>
        <translation>&lt;p&gt;В &lt;b&gt;X&lt;/b&gt; каждая строка — это пример, а каждый столбец — вход; в &lt;b&gt;y&lt;/b&gt; записаны целевые значения, которые сеть должна научиться выдавать для каждого примера.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="103"/>
        <source>&lt;p&gt;The network&apos;s knowledge is in its weights: &lt;b&gt;wh&lt;/b&gt; connects every input to every hidden unit, &lt;b&gt;bh&lt;/b&gt; is one bias per hidden unit, &lt;b&gt;wout&lt;/b&gt; and &lt;b&gt;bout&lt;/b&gt; do the same for the output. In iteration 1 they are the lesson&apos;s starting values; after that they are whatever the last update made them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Всё, что сеть «знает», хранится в её весах: &lt;b&gt;wh&lt;/b&gt; соединяет каждый вход с каждым скрытым нейроном, &lt;b&gt;bh&lt;/b&gt; — по одному смещению на скрытый нейрон, &lt;b&gt;wout&lt;/b&gt; и &lt;b&gt;bout&lt;/b&gt; делают то же для выходного слоя. На итерации 1 это начальные значения урока; дальше — то, что из них сделало последнее обновление.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="113"/>
        <source>&lt;p&gt;Each hidden unit adds up its inputs, each multiplied by its weight, and adds its bias: a matrix product &lt;b&gt;X·wh&lt;/b&gt; does this for all samples and units at once. The same bias row is added to every sample.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Каждый скрытый нейрон складывает свои входы, умноженные на веса, и прибавляет смещение: матричное произведение &lt;b&gt;X·wh&lt;/b&gt; делает это сразу для всех примеров и нейронов. Одна и та же строка смещений прибавляется к каждому примеру.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="121"/>
        <source>&lt;p&gt;This lesson&apos;s hidden activation is &lt;b&gt;linear&lt;/b&gt;: the activations are the sums themselves. Nothing is bent, so the whole network can only draw straight boundaries.&lt;/p&gt;</source>
        <translation>&lt;p&gt;В этом уроке функция активации скрытого слоя &lt;b&gt;линейная&lt;/b&gt;: активации равны самим суммам. Ничто не изгибается, поэтому вся сеть может проводить только прямые границы.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="127"/>
        <source>&lt;p&gt;The activation function bends the sums so the network can learn curved boundaries. It is applied to every cell on its own.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Функция активации «изгибает» суммы, и поэтому сеть может выучить криволинейные границы. Она применяется к каждой ячейке по отдельности.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="133"/>
        <source>&lt;p&gt;This network has &lt;b&gt;no hidden layer&lt;/b&gt;: the output is a weighted sum of the inputs &lt;b&gt;X&lt;/b&gt; with &lt;b&gt;wout&lt;/b&gt; and &lt;b&gt;bout&lt;/b&gt;, then the output activation (a perceptron, or linear regression with a linear output). Steps 3–4 and 9–10 do not exist, and the boundary it can draw between classes is a straight line.&lt;/p&gt;</source>
        <translation>&lt;p&gt;У этой сети &lt;b&gt;нет скрытого слоя&lt;/b&gt;: выход — это взвешенная сумма входов &lt;b&gt;X&lt;/b&gt; с &lt;b&gt;wout&lt;/b&gt; и &lt;b&gt;bout&lt;/b&gt;, после которой применяется выходная активация (перцептрон; с линейным выходом — линейная регрессия). Шагов 3–4 и 9–10 нет, и граница между классами может быть только прямой.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="141"/>
        <source>&lt;p&gt;The output layer repeats steps 3 and 4 on the hidden activations: a weighted sum with &lt;b&gt;wout&lt;/b&gt; and &lt;b&gt;bout&lt;/b&gt;, then the output activation. This is the network&apos;s prediction; the forward pass is done.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Выходной слой повторяет шаги 3 и 4 для активаций скрытого слоя: взвешенная сумма с &lt;b&gt;wout&lt;/b&gt; и &lt;b&gt;bout&lt;/b&gt;, затем функция активации выхода. Это и есть предсказание сети; прямой проход закончен.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="149"/>
        <source>&lt;p&gt;&lt;b&gt;E = y − output&lt;/b&gt;: positive where the prediction is too low, negative where it is too high. Because E is written this way round, the updates in steps 11 and 12 &lt;b&gt;add&lt;/b&gt; (+=): together they are gradient descent on the loss.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;E = y − output&lt;/b&gt;: положительна там, где предсказание занижено, и отрицательна там, где завышено. Поскольку E записана именно так, обновления на шагах 11 и 12 &lt;b&gt;прибавляются&lt;/b&gt; (+=): вместе это градиентный спуск по функции потерь.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="157"/>
        <source>&lt;p&gt;The slope of each activation tells how much a small change of a unit&apos;s input would change its output. Flat places (a saturated sigmoid, a ReLU below zero, a step) pass little or nothing back.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Производная каждой функции активации показывает, насколько изменится выход нейрона при малом изменении его входа. Плоские участки (насыщенная sigmoid, ReLU ниже нуля, ступенька) почти ничего не передают назад.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="164"/>
        <source>&lt;p&gt;With this loss and output activation the slope &lt;b&gt;cancels&lt;/b&gt;: the derivative of the loss with respect to the output layer&apos;s input is exactly −E, so &lt;b&gt;d_output = E&lt;/b&gt;. slope_output_layer is shown but not used.&lt;/p&gt;</source>
        <translation>&lt;p&gt;При такой функции потерь и такой активации выхода их производные &lt;b&gt;сокращаются&lt;/b&gt; (sigmoid с бинарной кросс-энтропией, softmax с кросс-энтропией): производная функции потерь по входу выходного слоя равна ровно −E, поэтому &lt;b&gt;d_output = E&lt;/b&gt;. Матрица slope_output_layer показана, но не используется.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="170"/>
        <source>&lt;p&gt;&lt;b&gt;d_output = E ⊙ slope_output_layer&lt;/b&gt;: how strongly, and in which direction, each output unit&apos;s input should move. ⊙ multiplies cell by cell.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;d_output = E ⊙ slope_output_layer&lt;/b&gt;: насколько сильно и в какую сторону должен сдвинуться вход каждого выходного нейрона. ⊙ — поэлементное умножение.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="175"/>
        <source>&lt;p&gt;Some drawings of this step multiply by the learning rate here; the code they come with does not. The learning rate enters only in steps 11 and 12.&lt;/p&gt;</source>
        <translation>&lt;p&gt;На некоторых схемах этого шага здесь умножают на скорость обучения, но в сопровождающем их коде этого нет. Скорость обучения появляется только на шагах 11 и 12.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="181"/>
        <source>&lt;p&gt;The error is sent back along the same connections: each hidden unit gets the output deltas weighted by the weights that connect it to them, &lt;b&gt;d_output · woutᵀ&lt;/b&gt;. This uses &lt;b&gt;wout as it was before step 11&lt;/b&gt; changes it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ошибка передаётся назад по тем же связям: каждый скрытый нейрон получает дельты δ выходного слоя, взвешенные весами связей с ними, &lt;b&gt;d_output · woutᵀ&lt;/b&gt;. Здесь используется &lt;b&gt;wout в том виде, в каком она была до шага 11&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="189"/>
        <source>&lt;p&gt;As in step 8, the hidden error is scaled by the slope of the hidden activation: &lt;b&gt;d_hiddenlayer = Error_at_hidden_layer ⊙ slope_hidden_layer&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Как и на шаге 8, ошибка скрытого слоя умножается на производную его функции активации: &lt;b&gt;d_hiddenlayer = Error_at_hidden_layer ⊙ slope_hidden_layer&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="196"/>
        <source>&lt;p&gt;Each weight moves by its input times the delta it feeds, summed over the samples, times the learning rate (here %1) divided by &lt;b&gt;B&lt;/b&gt;, the %2 rows of this batch, because this lesson&apos;s loss is their &lt;b&gt;mean&lt;/b&gt;: &lt;b&gt;wout += hiddenlayer_activationsᵀ·d_output·lr/B&lt;/b&gt; and &lt;b&gt;wh += Xᵀ·d_hiddenlayer·lr/B&lt;/b&gt;. The deltas are the same as with a summed loss; only the step is B times smaller.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Каждый вес изменяется на произведение своего входа и дельты δ нейрона, к которому он ведёт, просуммированное по примерам и умноженное на скорость обучения (здесь %1), делённую на &lt;b&gt;B&lt;/b&gt; — %2 строк этого пакета, потому что потери в этом уроке — их &lt;b&gt;среднее&lt;/b&gt;: &lt;b&gt;wout += hiddenlayer_activationsᵀ·d_output·lr/B&lt;/b&gt; и &lt;b&gt;wh += Xᵀ·d_hiddenlayer·lr/B&lt;/b&gt;. Дельты те же, что и при суммарных потерях; только шаг в B раз меньше.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="210"/>
        <source>&lt;p&gt;Each weight moves by its input times the delta it feeds, summed over the samples, times the learning rate (here %1): &lt;b&gt;wout += hiddenlayer_activationsᵀ·d_output·lr&lt;/b&gt; and &lt;b&gt;wh += Xᵀ·d_hiddenlayer·lr&lt;/b&gt;. The learning rate enters only here and in step 12.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Каждый вес изменяется на произведение своего входа и дельты δ нейрона, к которому он ведёт, просуммированное по примерам и умноженное на скорость обучения (здесь %1): &lt;b&gt;wout += hiddenlayer_activationsᵀ·d_output·lr&lt;/b&gt; и &lt;b&gt;wh += Xᵀ·d_hiddenlayer·lr&lt;/b&gt;. Скорость обучения появляется только здесь и на шаге 12.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="220"/>
        <source>&lt;p&gt;A bias acts like a weight on an input that is always 1, so its update is the sum of the deltas over the samples (the rows), times the learning rate. The iteration is complete; the next one starts from these weights.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Смещение работает как вес входа, который всегда равен 1, поэтому его обновление — это сумма дельт δ по примерам (строкам), умноженная на скорость обучения. Итерация закончена; следующая начнётся с этих весов.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="229"/>
        <source>&lt;p&gt;As in step 11 the sum is divided by B, the batch&apos;s rows: the loss is their mean.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Как и на шаге 11, сумма делится на B — число строк пакета: потери — их среднее.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="259"/>
        <source>&lt;p&gt;This network has %1 hidden layers; each has its own weights and biases: %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Скрытых слоёв в этой сети: %1; у каждого свои веса и смещения: %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="268"/>
        <source>&lt;p&gt;Hidden layer %1 does the same with what hidden layer %2 passes on: %3. Its inputs are the activations of the layer below, not X.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Скрытый слой %1 делает то же самое с тем, что передаёт скрытый слой %2: %3. Его входы — активации слоя ниже, а не X.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="278"/>
        <source>&lt;p&gt;&lt;b&gt;Dropout&lt;/b&gt; (p = %1): in this training iteration each unit of each sample is kept with probability 1 − p (%2 is 1) or left out (0; its cells are greyed here and in the steps that follow). The kept ones are divided by 1 − p, so the next layer gets as much on average: it reads %3. Test loss, accuracy and the 2-D views use no dropout.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Dropout&lt;/b&gt; (p = %1): в этой итерации обучения каждый нейрон каждого примера остаётся с вероятностью 1 − p (%2 равно 1) или выключается (0; его ячейки здесь и на следующих шагах серые). Оставленные значения делятся на 1 − p, поэтому следующий слой в среднем получает столько же: он читает %3. Тестовые потери, точность и 2-D виды считаются без dropout.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="293"/>
        <source>&lt;p&gt;The error is sent back one layer further: each unit of hidden layer %1 gets the deltas of hidden layer %2 weighted by the weights that connect it to them, %3. This uses %4 as it was before step 11 changes it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ошибка передаётся ещё на слой назад: каждый нейрон скрытого слоя %1 получает дельты скрытого слоя %2, взвешенные весами, которые его с ними связывают: %3. Здесь используется %4 в том виде, каким он был до изменения на шаге 11.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="307"/>
        <source>&lt;p&gt;As in step 8, the error of hidden layer %1 is scaled by the slope of its activation: %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Как и на шаге 8, ошибка скрытого слоя %1 умножается на производную его функции активации: %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="314"/>
        <source>&lt;p&gt;A unit that dropout left out passed nothing on, so it gets no error back: %1/(1 − p) makes its delta 0 (greyed), whatever %2 says.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Нейрон, выключенный dropout, ничего не передал дальше, поэтому и ошибку назад не получает: %1/(1 − p) делает его дельту равной 0 (серым), что бы ни было в %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="323"/>
        <source>&lt;p&gt;Layer by layer, each weight moves by its input times the delta it feeds, summed over the samples, times the learning rate (here %1): %2. The learning rate enters only here and in step 12.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Слой за слоем каждый вес сдвигается на свой вход, умноженный на дельту, к которой он ведёт, просуммированный по примерам и умноженный на скорость обучения (здесь %1): %2. Скорость обучения появляется только здесь и на шаге 12.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="337"/>
        <source>&lt;p&gt;With dropout (p = %1), a unit left out in every sample of this batch gets nothing from the batch&apos;s error: its column in the weights into its layer and its row in the weights out of it are greyed, in G as well.&lt;/p&gt;</source>
        <translation>&lt;p&gt;С dropout (p = %1) нейрон, выключенный во всех примерах этого пакета, ничего не получает от ошибки пакета: его столбец во входящих весах его слоя и его строка в исходящих весах серые, и в G тоже.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="18"/>
        <location filename="../../src/ui/step_explanations.cpp" line="234"/>
        <source>&lt;p&gt;This lesson &lt;b&gt;freezes the biases&lt;/b&gt;, as some textbook examples do: they stay as they are. The iteration is complete.&lt;/p&gt;</source>
        <translation>&lt;p&gt;В этом уроке, как в некоторых учебных примерах, &lt;b&gt;смещения заморожены&lt;/b&gt;: они не меняются. Итерация закончена.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>StepTitle</name>
    <message>
        <location filename="../../src/io/step_titles.cpp" line="14"/>
        <source>Read inputs and targets</source>
        <translation>Чтение входов и целей</translation>
    </message>
    <message>
        <location filename="../../src/io/step_titles.cpp" line="15"/>
        <source>Initial weights and biases</source>
        <translation>Начальные веса и смещения</translation>
    </message>
    <message>
        <location filename="../../src/io/step_titles.cpp" line="16"/>
        <source>Hidden layer input</source>
        <translation>Вход скрытого слоя</translation>
    </message>
    <message>
        <location filename="../../src/io/step_titles.cpp" line="17"/>
        <source>Hidden layer activations</source>
        <translation>Активации скрытого слоя</translation>
    </message>
    <message>
        <location filename="../../src/io/step_titles.cpp" line="18"/>
        <source>Output layer</source>
        <translation>Выходной слой</translation>
    </message>
    <message>
        <location filename="../../src/io/step_titles.cpp" line="19"/>
        <source>Error at the output</source>
        <translation>Ошибка на выходе</translation>
    </message>
    <message>
        <location filename="../../src/io/step_titles.cpp" line="20"/>
        <source>Slopes of the activations</source>
        <translation>Производные функций активации</translation>
    </message>
    <message>
        <location filename="../../src/io/step_titles.cpp" line="21"/>
        <source>Delta at the output layer</source>
        <translation>Дельта δ выходного слоя</translation>
    </message>
    <message>
        <location filename="../../src/io/step_titles.cpp" line="22"/>
        <source>Error at the hidden layer</source>
        <translation>Ошибка скрытого слоя</translation>
    </message>
    <message>
        <location filename="../../src/io/step_titles.cpp" line="23"/>
        <source>Delta at the hidden layer</source>
        <translation>Дельта δ скрытого слоя</translation>
    </message>
    <message>
        <location filename="../../src/io/step_titles.cpp" line="24"/>
        <source>Update the weights</source>
        <translation>Обновление весов</translation>
    </message>
    <message>
        <location filename="../../src/io/step_titles.cpp" line="25"/>
        <source>Update the biases</source>
        <translation>Обновление смещений</translation>
    </message>
</context>
<context>
    <name>StudentNameDialog</name>
    <message>
        <location filename="../../ui/student_name_dialog.ui" line="17"/>
        <source>Student name</source>
        <translation>Имя ученика</translation>
    </message>
    <message>
        <location filename="../../ui/student_name_dialog.ui" line="23"/>
        <source>Your name, as your teacher should see it in the exported results.
When the lesson gives each student their own numbers, they come from this name.</source>
        <translation>Ваше имя — так его увидит учитель в экспортированных результатах.
Если урок даёт каждому ученику свои числа, они получаются из этого имени.</translation>
    </message>
    <message>
        <location filename="../../ui/student_name_dialog.ui" line="37"/>
        <source>First name and family name</source>
        <translation>Имя и фамилия</translation>
    </message>
</context>
<context>
    <name>SweepConfiguration</name>
    <message>
        <location filename="../../src/models/sweep_configuration.cpp" line="28"/>
        <source>no such configuration</source>
        <translation>нет такой конфигурации</translation>
    </message>
    <message>
        <location filename="../../src/models/sweep_configuration.cpp" line="51"/>
        <source>the lesson&apos;s data is not generated, so no fresh data can be drawn</source>
        <translation>данные урока не сгенерированы, поэтому новые данные получить нельзя</translation>
    </message>
    <message>
        <location filename="../../src/models/sweep_configuration.cpp" line="56"/>
        <source>fresh data needs at least 1 sample</source>
        <translation>для новых данных нужен хотя бы 1 пример</translation>
    </message>
    <message>
        <location filename="../../src/models/sweep_configuration.cpp" line="62"/>
        <source>the lesson is not a classification, so it has no accuracy</source>
        <translation>урок — не классификация, поэтому точности у него нет</translation>
    </message>
</context>
<context>
    <name>SweepDock</name>
    <message>
        <location filename="../../ui/sweep_dock.ui" line="55"/>
        <source>Values per setting</source>
        <translation>Значения по параметрам</translation>
    </message>
    <message>
        <location filename="../../ui/sweep_dock.ui" line="58"/>
        <source>Comma-separated values per setting; an empty line keeps the lesson&apos;s value</source>
        <translation>Значения каждого параметра через запятую; пустая строка оставляет значение урока</translation>
    </message>
    <message>
        <location filename="../../ui/sweep_dock.ui" line="92"/>
        <source>&amp;Run sweep</source>
        <translation>&amp;Запустить перебор</translation>
    </message>
    <message>
        <location filename="../../ui/sweep_dock.ui" line="95"/>
        <source>Train every configuration in the background</source>
        <translation>Обучить каждую конфигурацию в фоне</translation>
    </message>
    <message>
        <location filename="../../ui/sweep_dock.ui" line="102"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/sweep_dock.ui" line="105"/>
        <source>Stop now; the finished rows stay</source>
        <translation>Остановить сейчас; готовые строки останутся</translation>
    </message>
    <message>
        <location filename="../../ui/sweep_dock.ui" line="149"/>
        <source>Test accuracy ≥</source>
        <translation>Точность на тесте ≥</translation>
    </message>
    <message>
        <location filename="../../ui/sweep_dock.ui" line="155"/>
        <source>Rows below this test accuracy are greyed and not marked in the plots</source>
        <translation>Строки с меньшей точностью на тесте серые и не отмечаются на графиках</translation>
    </message>
    <message>
        <location filename="../../ui/sweep_dock.ui" line="168"/>
        <location filename="../../ui/sweep_dock.ui" line="197"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../../ui/sweep_dock.ui" line="178"/>
        <source>gap ≤</source>
        <translation>разрыв ≤</translation>
    </message>
    <message>
        <location filename="../../ui/sweep_dock.ui" line="184"/>
        <source>The difference between train and test accuracy</source>
        <translation>Разница между точностью на обучении и на тесте</translation>
    </message>
    <message>
        <location filename="../../ui/sweep_dock.ui" line="207"/>
        <source>time ≤</source>
        <translation>время ≤</translation>
    </message>
    <message>
        <location filename="../../ui/sweep_dock.ui" line="213"/>
        <source>Training time of the configuration</source>
        <translation>Время обучения конфигурации</translation>
    </message>
    <message>
        <location filename="../../ui/sweep_dock.ui" line="226"/>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <location filename="../../ui/sweep_dock.ui" line="257"/>
        <source>Select it</source>
        <translation>Выбрать её</translation>
    </message>
    <message>
        <location filename="../../ui/sweep_dock.ui" line="260"/>
        <source>Select the fastest configuration that passes the filters (then Test on fresh data)</source>
        <translation>Выбрать самую быструю конфигурацию, прошедшую фильтры (затем — «Проверить на новых данных»)</translation>
    </message>
    <message>
        <location filename="../../ui/sweep_dock.ui" line="284"/>
        <source>Click a header to sort; double-click a row to open that configuration as the lesson, trained</source>
        <translation>Щелчок по заголовку сортирует; двойной щелчок по строке открывает эту конфигурацию как урок, уже обученной</translation>
    </message>
    <message>
        <location filename="../../ui/sweep_dock.ui" line="293"/>
        <source>Test on fresh data</source>
        <translation>Проверить на новых данных</translation>
    </message>
    <message>
        <location filename="../../ui/sweep_dock.ui" line="296"/>
        <source>Train the selected configuration and score it on newly drawn samples of the lesson&apos;s generator</source>
        <translation>Обучить выбранную конфигурацию и оценить её на новых выборках генератора урока</translation>
    </message>
    <message>
        <location filename="../../ui/sweep_dock.ui" line="306"/>
        <source>seed </source>
        <translation>зерно </translation>
    </message>
    <message>
        <location filename="../../ui/sweep_dock.ui" line="322"/>
        <source> samples</source>
        <translation> выборок</translation>
    </message>
    <message>
        <location filename="../../ui/sweep_dock.ui" line="345"/>
        <source>Compare</source>
        <translation>Сравнить</translation>
    </message>
    <message>
        <location filename="../../ui/sweep_dock.ui" line="348"/>
        <source>Train the selected configurations side by side: input space, hidden space and loss curve at one shared epoch</source>
        <translation>Обучить выбранные конфигурации бок о бок: входное пространство, скрытое пространство и кривая потерь на одной общей эпохе</translation>
    </message>
    <message>
        <location filename="../../ui/sweep_dock.ui" line="358"/>
        <source>Export CSV…</source>
        <translation>Экспорт CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/sweep_dock.ui" line="361"/>
        <source>The results as backstep-cli sweep writes them</source>
        <translation>Результаты в том виде, в каком их пишет backstep-cli sweep</translation>
    </message>
</context>
<context>
    <name>SweepGrid</name>
    <message>
        <location filename="../../src/io/sweep_grid.cpp" line="66"/>
        <source>--grid %1: expected KEY=V1,V2,… (keys: %2)</source>
        <translation>--grid %1: ожидалось KEY=V1,V2,… (ключи: %2)</translation>
    </message>
    <message>
        <location filename="../../src/io/sweep_grid.cpp" line="72"/>
        <source>--grid %1: unknown key &quot;%2&quot;; use %3</source>
        <translation>--grid %1: неизвестный ключ «%2»; используйте %3</translation>
    </message>
    <message>
        <location filename="../../src/io/sweep_grid.cpp" line="80"/>
        <source>--grid %1: no values</source>
        <translation>--grid %1: нет значений</translation>
    </message>
    <message>
        <location filename="../../src/io/sweep_grid.cpp" line="90"/>
        <source>unknown key &quot;%1&quot;</source>
        <translation>неизвестный ключ «%1»</translation>
    </message>
    <message>
        <location filename="../../src/io/sweep_grid.cpp" line="94"/>
        <source>%1=%2: expected %3</source>
        <translation>%1=%2: ожидалось: %3</translation>
    </message>
    <message>
        <location filename="../../src/io/sweep_grid.cpp" line="103"/>
        <source>a unit count from 1 to %1, or layers as 8x4</source>
        <translation>число нейронов от 1 до %1 или слои вида 8x4</translation>
    </message>
    <message>
        <location filename="../../src/io/sweep_grid.cpp" line="113"/>
        <source>a whole number up to %1</source>
        <translation>целое число не больше %1</translation>
    </message>
    <message>
        <location filename="../../src/io/sweep_grid.cpp" line="120"/>
        <source>a number &gt; 0</source>
        <translation>число &gt; 0</translation>
    </message>
    <message>
        <location filename="../../src/io/sweep_grid.cpp" line="121"/>
        <source>a number ≥ 0</source>
        <translation>число ≥ 0</translation>
    </message>
    <message>
        <location filename="../../src/io/sweep_grid.cpp" line="129"/>
        <source>full, sgd or a batch size</source>
        <translation>full, sgd или размер пакета</translation>
    </message>
    <message>
        <location filename="../../src/io/sweep_grid.cpp" line="150"/>
        <source>%1 configurations are more than the limit of %2; sweep fewer values</source>
        <translation>конфигураций: %1 — больше предела %2; возьмите меньше значений</translation>
    </message>
    <message>
        <location filename="../../src/io/sweep_grid.cpp" line="159"/>
        <source>--grid %1: the lesson&apos;s data is not generated, so it has no %1</source>
        <translation>--grid %1: данные урока не сгенерированы, поэтому у них нет %1</translation>
    </message>
</context>
<context>
    <name>TraceExport</name>
    <message>
        <location filename="../../src/io/trace_export.cpp" line="16"/>
        <source>%1: cannot create the folder</source>
        <translation>%1: не удаётся создать папку</translation>
    </message>
</context>
<context>
    <name>WindowIcons</name>
    <message>
        <location filename="../../src/ui/window_icons.cpp" line="85"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_icons.cpp" line="87"/>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
</context>
<context>
    <name>WorkbookText</name>
    <message>
        <location filename="../../src/io/workbook_layout.cpp" line="78"/>
        <source>Forward pass: hidden layers</source>
        <translation>Прямой проход: скрытые слои</translation>
    </message>
    <message>
        <location filename="../../src/io/workbook_layout.cpp" line="79"/>
        <source>Forward pass: hidden layer</source>
        <translation>Прямой проход: скрытый слой</translation>
    </message>
    <message>
        <location filename="../../src/io/workbook_layout.cpp" line="85"/>
        <source>Forward pass: output layer</source>
        <translation>Прямой проход: выходной слой</translation>
    </message>
    <message>
        <location filename="../../src/io/workbook_layout.cpp" line="89"/>
        <source>Error and slopes</source>
        <translation>Ошибка и производные</translation>
    </message>
    <message>
        <location filename="../../src/io/workbook_layout.cpp" line="95"/>
        <source>Backward pass</source>
        <translation>Обратный проход</translation>
    </message>
    <message>
        <location filename="../../src/io/workbook_layout.cpp" line="109"/>
        <source>Updates: weights and biases after the iteration</source>
        <translation>Обновления: веса и смещения после итерации</translation>
    </message>
    <message>
        <location filename="../../src/io/workbook_writer.cpp" line="44"/>
        <source>sample %1</source>
        <translation>пример %1</translation>
    </message>
    <message>
        <location filename="../../src/io/workbook_writer.cpp" line="45"/>
        <source>bias</source>
        <translation>смещение</translation>
    </message>
    <message>
        <location filename="../../src/io/workbook_writer.cpp" line="151"/>
        <source>%1  (%2×%3, step %4)</source>
        <translation>%1  (%2×%3, шаг %4)</translation>
    </message>
    <message>
        <location filename="../../src/io/workbook_writer.cpp" line="158"/>
        <source>Step %1: %2</source>
        <translation>Шаг %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/io/workbook_writer.cpp" line="204"/>
        <source>%1: iteration %2 (batch of %3)</source>
        <translation>%1: итерация %2 (пакет из %3)</translation>
    </message>
    <message>
        <location filename="../../src/io/workbook_writer.cpp" line="211"/>
        <source>learning rate (lr)</source>
        <translation>скорость обучения (lr)</translation>
    </message>
    <message>
        <location filename="../../src/io/workbook_writer.cpp" line="217"/>
        <source>batch rows (batch_rows)</source>
        <translation>строк в пакете (batch_rows)</translation>
    </message>
    <message>
        <location filename="../../src/io/workbook_writer.cpp" line="220"/>
        <source>loss (loss)</source>
        <translation>потери (loss)</translation>
    </message>
    <message>
        <location filename="../../src/io/workbook_writer.cpp" line="226"/>
        <source>%1, divided by batch_rows (mean), before the update</source>
        <translation>%1, делённые на batch_rows (среднее), до обновления</translation>
    </message>
    <message>
        <location filename="../../src/io/workbook_writer.cpp" line="227"/>
        <source>%1, before the update</source>
        <translation>%1, до обновления</translation>
    </message>
    <message>
        <location filename="../../src/io/workbook_writer.cpp" line="229"/>
        <source>Every computed cell is a formula of the cells it comes from: edit X, y, the weights or lr and the workbook recomputes.</source>
        <translation>Каждая вычисляемая ячейка — формула от ячеек, из которых она получена: измените X, y, веса или lr, и книга пересчитается.</translation>
    </message>
    <message>
        <location filename="../../src/io/workbook_writer.cpp" line="232"/>
        <source>Starts from the updated weights of &apos;%1&apos;; samples seen on an earlier sheet refer to their first X and y.</source>
        <translation>Начинается с обновлённых весов листа «%1»; примеры, встречавшиеся на предыдущих листах, ссылаются на свои первые X и y.</translation>
    </message>
    <message>
        <location filename="../../src/io/workbook_writer.cpp" line="241"/>
        <source>step %1 (%2): the cells it computes  —  %3</source>
        <translation>шаг %1 (%2): ячейки, которые он вычисляет  —  %3</translation>
    </message>
    <message>
        <location filename="../../src/io/workbook_writer.cpp" line="249"/>
        <source>the cells they are computed from</source>
        <translation>ячейки, из которых они вычисляются</translation>
    </message>
</context>
<context>
    <name>WorkbookWriterText</name>
    <message>
        <location filename="../../src/io/workbook_writer.cpp" line="275"/>
        <source>workbook: %1 iterations are more sheets than the limit of %2; use fewer iterations</source>
        <translation>workbook: итераций: %1 — листов больше предела %2; возьмите меньше итераций</translation>
    </message>
    <message>
        <location filename="../../src/io/workbook_writer.cpp" line="282"/>
        <source>workbook: a sheet would need %1 rows, a spreadsheet has at most %2; use a smaller batch (training.batch)</source>
        <translation>workbook: листу нужно строк: %1, а в таблице их не больше %2; возьмите пакет поменьше (training.batch)</translation>
    </message>
    <message>
        <location filename="../../src/io/workbook_writer.cpp" line="287"/>
        <source>workbook: a sheet would need %1 columns, a spreadsheet has at most %2; use fewer units or hidden layers</source>
        <translation>workbook: листу нужно столбцов: %1, а в таблице их не больше %2; возьмите меньше нейронов или скрытых слоёв</translation>
    </message>
    <message>
        <location filename="../../src/io/workbook_writer.cpp" line="295"/>
        <source>workbook: %1 iteration(s) would need %2 cells, the limit is %3; use at most %4 iterations</source>
        <translation>workbook: итерациям (%1) нужно ячеек: %2, предел — %3; возьмите не больше %4 итераций</translation>
    </message>
    <message>
        <location filename="../../src/io/workbook_writer.cpp" line="298"/>
        <source>workbook: %1 iteration(s) would need %2 cells, the limit is %3; use a smaller batch or fewer units</source>
        <translation>workbook: итерациям (%1) нужно ячеек: %2, предел — %3; возьмите пакет поменьше или меньше нейронов</translation>
    </message>
    <message>
        <location filename="../../src/io/workbook_writer.cpp" line="311"/>
        <source>%1: no iteration to write</source>
        <translation>%1: нет итераций для записи</translation>
    </message>
    <message>
        <location filename="../../src/io/workbook_writer.cpp" line="314"/>
        <source>workbook: step %1 does not exist; steps are 1 to 12</source>
        <translation>workbook: шага %1 нет; шаги — от 1 до 12</translation>
    </message>
    <message>
        <location filename="../../src/io/workbook_writer.cpp" line="320"/>
        <source>workbook: %1 holds a value that is not finite; a spreadsheet cannot hold it, so export fewer iterations</source>
        <translation>workbook: в %1 есть нечисловое значение; таблица не может его хранить, поэтому экспортируйте меньше итераций</translation>
    </message>
    <message>
        <location filename="../../src/io/workbook_writer.cpp" line="327"/>
        <source>%1: cannot create a temporary folder: %2</source>
        <translation>%1: не удаётся создать временную папку: %2</translation>
    </message>
    <message>
        <location filename="../../src/io/workbook_writer.cpp" line="339"/>
        <source>%1: cannot start the workbook (out of memory?)</source>
        <translation>%1: не удаётся начать книгу (не хватает памяти?)</translation>
    </message>
    <message>
        <location filename="../../src/io/workbook_writer.cpp" line="367"/>
        <source>%1: cannot write the workbook: %2; the earlier file (if any) is unchanged</source>
        <translation>%1: не удаётся записать книгу: %2; прежний файл (если был) не изменён</translation>
    </message>
    <message>
        <location filename="../../src/io/workbook_writer.cpp" line="373"/>
        <source>%1: cannot read the written workbook back: %2</source>
        <translation>%1: не удаётся прочитать записанную книгу: %2</translation>
    </message>
    <message>
        <location filename="../../src/io/workbook_writer.cpp" line="390"/>
        <source>workbook: %1; export fewer iterations</source>
        <translation>workbook: %1; экспортируйте меньше итераций</translation>
    </message>
</context>
<context>
    <name>backstep::AnimationDialog</name>
    <message>
        <location filename="../../src/ui/animation_dialog.cpp" line="56"/>
        <source>%1 frames are too many (at most %2): choose a larger frame step.</source>
        <translation>%1 кадров — слишком много (не больше %2): выберите больший шаг кадров.</translation>
    </message>
    <message>
        <location filename="../../src/ui/animation_dialog.cpp" line="60"/>
        <source>%1 frames of this size are too large to hold in memory: choose a larger frame step or a smaller size.</source>
        <translation>%1 кадров такого размера не поместятся в памяти: выберите больший шаг кадров или меньший размер.</translation>
    </message>
    <message>
        <location filename="../../src/ui/animation_dialog.cpp" line="64"/>
        <source>%1 frames, shown for 0.1 s each; the last one for 2 s.</source>
        <translation>Кадров: %1, каждый показывается 0,1 с, последний — 2 с.</translation>
    </message>
</context>
<context>
    <name>backstep::AnimationExport</name>
    <message>
        <location filename="../../src/ui/animation_export.cpp" line="52"/>
        <source>Animated GIF images (*.gif)</source>
        <translation>Анимированные GIF (*.gif)</translation>
    </message>
    <message>
        <location filename="../../src/ui/animation_export.cpp" line="56"/>
        <location filename="../../src/ui/animation_export.cpp" line="112"/>
        <source>Export animation</source>
        <translation>Экспорт анимации</translation>
    </message>
    <message>
        <location filename="../../src/ui/animation_export.cpp" line="74"/>
        <location filename="../../src/render/animation.h" line="59"/>
        <source>Epoch %1 of %2 · accuracy %3 % · loss %4</source>
        <translation>Эпоха %1 из %2 · точность %3 % · потери %4</translation>
    </message>
    <message>
        <location filename="../../src/ui/animation_export.cpp" line="75"/>
        <location filename="../../src/render/animation.h" line="62"/>
        <source>Epoch %1 of %2 · loss %3</source>
        <translation>Эпоха %1 из %2 · потери %3</translation>
    </message>
    <message>
        <location filename="../../src/ui/animation_export.cpp" line="83"/>
        <location filename="../../src/render/animation.h" line="69"/>
        <source>Loss per epoch</source>
        <translation>Потери по эпохам</translation>
    </message>
    <message>
        <location filename="../../src/ui/animation_export.cpp" line="84"/>
        <location filename="../../src/render/animation.h" line="70"/>
        <source>epoch</source>
        <translation>эпоха</translation>
    </message>
    <message>
        <location filename="../../src/ui/animation_export.cpp" line="85"/>
        <location filename="../../src/render/animation.h" line="71"/>
        <source>loss</source>
        <translation>потери</translation>
    </message>
    <message>
        <location filename="../../src/ui/animation_export.cpp" line="86"/>
        <location filename="../../src/render/animation.h" line="72"/>
        <source>Network</source>
        <translation>Сеть</translation>
    </message>
    <message>
        <location filename="../../src/ui/animation_export.cpp" line="109"/>
        <source>Recording the animation…</source>
        <translation>Запись анимации…</translation>
    </message>
    <message>
        <location filename="../../src/ui/animation_export.cpp" line="109"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../src/ui/animation_export.cpp" line="141"/>
        <source>Export failed</source>
        <translation>Не удалось экспортировать</translation>
    </message>
    <message>
        <location filename="../../src/ui/animation_export.cpp" line="146"/>
        <source>Wrote the animation %1</source>
        <translation>Анимация записана: %1</translation>
    </message>
</context>
<context>
    <name>backstep::ComparePanel</name>
    <message>
        <location filename="../../src/ui/compare_panel.cpp" line="32"/>
        <source>Hidden units 1 and 2 of %1</source>
        <translation>Скрытые нейроны 1 и 2 из %1</translation>
    </message>
    <message>
        <location filename="../../src/ui/compare_panel.cpp" line="59"/>
        <source>loss %1</source>
        <translation>потери %1</translation>
    </message>
    <message>
        <location filename="../../src/ui/compare_panel.cpp" line="77"/>
        <source>Input space</source>
        <translation>Входное пространство</translation>
    </message>
    <message>
        <location filename="../../src/ui/compare_panel.cpp" line="78"/>
        <source>Before activation</source>
        <translation>До активации</translation>
    </message>
    <message>
        <location filename="../../src/ui/compare_panel.cpp" line="80"/>
        <source>After activation</source>
        <translation>После активации</translation>
    </message>
    <message>
        <location filename="../../src/ui/compare_panel.cpp" line="95"/>
        <source>epoch</source>
        <translation>эпоха</translation>
    </message>
    <message>
        <location filename="../../src/ui/compare_panel.cpp" line="95"/>
        <source>loss</source>
        <translation>потери</translation>
    </message>
</context>
<context>
    <name>backstep::CompareWindow</name>
    <message>
        <location filename="../../src/ui/compare_window.cpp" line="69"/>
        <source>Compare configurations (%1)</source>
        <translation>Сравнение конфигураций (%1)</translation>
    </message>
    <message>
        <location filename="../../src/ui/compare_window.cpp" line="39"/>
        <source>One epoch for every configuration: the weights they had then</source>
        <translation>Одна эпоха для всех конфигураций: их веса в тот момент</translation>
    </message>
    <message>
        <location filename="../../src/ui/compare_window.cpp" line="43"/>
        <source>Epoch:</source>
        <translation>Эпоха:</translation>
    </message>
    <message>
        <location filename="../../src/ui/compare_window.cpp" line="73"/>
        <source>epoch %1</source>
        <translation>эпоха %1</translation>
    </message>
</context>
<context>
    <name>backstep::EvaluationView</name>
    <message>
        <location filename="../../src/ui/evaluation_view.cpp" line="108"/>
        <source>Predicted against actual</source>
        <translation>Предсказанные и истинные значения</translation>
    </message>
    <message>
        <location filename="../../src/ui/evaluation_view.cpp" line="111"/>
        <source>training samples</source>
        <translation>обучающие</translation>
    </message>
    <message>
        <location filename="../../src/ui/evaluation_view.cpp" line="114"/>
        <source>test samples</source>
        <translation>тестовые</translation>
    </message>
    <message>
        <location filename="../../src/ui/evaluation_view.cpp" line="117"/>
        <source>perfect</source>
        <translation>идеально</translation>
    </message>
    <message>
        <location filename="../../src/ui/evaluation_view.cpp" line="122"/>
        <source>actual</source>
        <translation>истинное значение</translation>
    </message>
    <message>
        <location filename="../../src/ui/evaluation_view.cpp" line="124"/>
        <source>predicted</source>
        <translation>предсказание</translation>
    </message>
    <message>
        <location filename="../../src/ui/evaluation_view.cpp" line="193"/>
        <source>Training samples: %1 of %2 right</source>
        <translation>Обучающие примеры: верно %1 из %2</translation>
    </message>
    <message>
        <location filename="../../src/ui/evaluation_view.cpp" line="198"/>
        <source>Test samples: %1 of %2 right</source>
        <translation>Тестовые примеры: верно %1 из %2</translation>
    </message>
</context>
<context>
    <name>backstep::FormulaBar</name>
    <message>
        <location filename="../../src/ui/formula_bar.cpp" line="54"/>
        <source>your answer</source>
        <translation>ваш ответ</translation>
    </message>
    <message>
        <location filename="../../src/ui/formula_bar.cpp" line="56"/>
        <source>Type the value of the focused cell and press Enter</source>
        <translation>Введите значение выделенной ячейки и нажмите Enter</translation>
    </message>
    <message>
        <location filename="../../src/ui/formula_bar.cpp" line="89"/>
        <source>Type the value of %1 (to %2 decimal places) in the cell or in the box, then press Enter. Stuck? Step → Hint (Ctrl+H).</source>
        <translation>Введите значение %1 (с точностью до %2 знаков после запятой) в ячейке или в поле ответа и нажмите Enter. Не получается? Шаг → Подсказка (Ctrl+H).</translation>
    </message>
    <message>
        <location filename="../../src/ui/formula_bar.cpp" line="93"/>
        <source>Type the value of %1 in the cell or in the box, then press Enter. Stuck? Step → Hint (Ctrl+H).</source>
        <translation>Введите значение %1 в ячейке или в поле ответа и нажмите Enter. Не получается? Шаг → Подсказка (Ctrl+H).</translation>
    </message>
    <message>
        <location filename="../../src/ui/formula_bar.cpp" line="115"/>
        <source>no cell</source>
        <translation>ячейка не выбрана</translation>
    </message>
    <message>
        <location filename="../../src/ui/formula_bar.cpp" line="116"/>
        <source>Click a number to see where it comes from.</source>
        <translation>Щёлкните по числу, чтобы увидеть, откуда оно взялось.</translation>
    </message>
</context>
<context>
    <name>backstep::GridCopy</name>
    <message>
        <location filename="../../src/ui/grid_copy.cpp" line="83"/>
        <location filename="../../src/ui/grid_copy.cpp" line="120"/>
        <source>&amp;Copy cells</source>
        <translation>&amp;Копировать ячейки</translation>
    </message>
    <message>
        <location filename="../../src/ui/grid_copy.cpp" line="83"/>
        <source>&amp;Copy cell</source>
        <translation>&amp;Копировать ячейку</translation>
    </message>
    <message>
        <location filename="../../src/ui/grid_copy.cpp" line="88"/>
        <source>Copy with &amp;labels</source>
        <translation>Копировать с &amp;подписями</translation>
    </message>
    <message>
        <location filename="../../src/ui/grid_copy.cpp" line="92"/>
        <source>Tab-separated, every number in full precision, to paste into a spreadsheet</source>
        <translation>Через табуляцию, каждое число с полной точностью, для вставки в электронную таблицу</translation>
    </message>
    <message>
        <location filename="../../src/ui/grid_copy.cpp" line="99"/>
        <source>Copy &amp;matrix %1</source>
        <translation>Копировать &amp;матрицу %1</translation>
    </message>
    <message>
        <location filename="../../src/ui/grid_copy.cpp" line="101"/>
        <source>Copy matrix %1 with la&amp;bels</source>
        <translation>Копировать матрицу %1 с по&amp;дписями</translation>
    </message>
    <message>
        <location filename="../../src/ui/grid_copy.cpp" line="122"/>
        <source>Copy the selected cells, tab-separated in full precision (drag or Shift+click to select a range)</source>
        <translation>Копировать выделенные ячейки через табуляцию с полной точностью (перетащите мышь или Shift+щелчок, чтобы выделить диапазон)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/ui/grid_copy.cpp" line="130"/>
        <source>Copied %n cell(s) of %1</source>
        <translation>
            <numerusform>Скопирована %n ячейка из %1</numerusform>
            <numerusform>Скопированы %n ячейки из %1</numerusform>
            <numerusform>Скопировано %n ячеек из %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/ui/grid_copy.cpp" line="132"/>
        <source>Select cells of a grid first (click, drag or Shift+click)</source>
        <translation>Сначала выделите ячейки таблицы (щелчок, перетаскивание или Shift+щелчок)</translation>
    </message>
</context>
<context>
    <name>backstep::HandoutDialog</name>
    <message>
        <location filename="../../src/ui/handout_dialog.cpp" line="15"/>
        <source>Print handout</source>
        <translation>Печать рабочего листа</translation>
    </message>
    <message>
        <location filename="../../src/ui/handout_dialog.cpp" line="15"/>
        <source>Export handout as PDF</source>
        <translation>Экспорт рабочего листа в PDF</translation>
    </message>
    <message>
        <location filename="../../src/ui/handout_dialog.cpp" line="17"/>
        <source>A worksheet of iteration %1 with the numbers on screen.</source>
        <translation>Рабочий лист итерации %1 с числами, которые сейчас на экране.</translation>
    </message>
    <message>
        <location filename="../../src/ui/handout_dialog.cpp" line="18"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../../src/ui/handout_dialog.cpp" line="18"/>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
</context>
<context>
    <name>backstep::HelpWindow</name>
    <message>
        <location filename="../../src/ui/help_window.cpp" line="101"/>
        <source>Key</source>
        <translation>Клавиша</translation>
    </message>
    <message>
        <location filename="../../src/ui/help_window.cpp" line="101"/>
        <source>Does</source>
        <translation>Действие</translation>
    </message>
</context>
<context>
    <name>backstep::ImageViews</name>
    <message>
        <location filename="../../src/ui/image_views.cpp" line="40"/>
        <source>This batch: the picture, its class, the three most probable classes</source>
        <translation>Этот пакет: картинка, её класс, три самых вероятных класса</translation>
    </message>
    <message>
        <location filename="../../src/ui/image_views.cpp" line="43"/>
        <source>What each hidden unit looks for: its column of wh (red: weight &gt; 0, blue: weight &lt; 0)</source>
        <translation>Что ищет каждый скрытый нейрон: его столбец wh (красный: вес &gt; 0, синий: вес &lt; 0)</translation>
    </message>
    <message>
        <location filename="../../src/ui/image_views.cpp" line="48"/>
        <source>Each sample of the current batch: black is ink, white is background; below it its class and the network&apos;s three most probable classes (green when right)</source>
        <translation>Каждый пример текущего пакета: чёрное — изображение, белое — фон; под ним его класс и три самых вероятных класса по мнению сети (верный — зелёным)</translation>
    </message>
    <message>
        <location filename="../../src/ui/image_views.cpp" line="54"/>
        <source>Each hidden unit&apos;s 784 weights drawn as a 28×28 picture: where a picture has ink on red pixels the unit&apos;s input grows, on blue ones it shrinks</source>
        <translation>784 веса каждого скрытого нейрона в виде картинки 28×28: где у картинки есть изображение на красных пикселях, вход нейрона растёт, на синих — уменьшается</translation>
    </message>
    <message>
        <location filename="../../src/ui/image_views.cpp" line="153"/>
        <source>This network has no hidden layer.</source>
        <translation>У этой сети нет скрытого слоя.</translation>
    </message>
</context>
<context>
    <name>backstep::ImportDialog</name>
    <message>
        <location filename="../../src/ui/import_dialog.cpp" line="19"/>
        <source>Import %1</source>
        <translation>Импорт %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/ui/import_dialog.cpp" line="36"/>
        <source>%n readable row(s); the first ones:</source>
        <translation>
            <numerusform>Прочитана %n строка; первые из них:</numerusform>
            <numerusform>Прочитаны %n строки; первые из них:</numerusform>
            <numerusform>Прочитано %n строк; первые из них:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/ui/import_dialog.cpp" line="57"/>
        <source>%n row(s) could not be read and are left out:</source>
        <translation>
            <numerusform>%n строку не удалось прочитать, она пропущена:</numerusform>
            <numerusform>%n строки не удалось прочитать, они пропущены:</numerusform>
            <numerusform>%n строк не удалось прочитать, они пропущены:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/ui/import_dialog.cpp" line="64"/>
        <source>Create lesson</source>
        <translation>Создать урок</translation>
    </message>
</context>
<context>
    <name>backstep::LessonPane</name>
    <message>
        <location filename="../../src/ui/lesson_pane.cpp" line="81"/>
        <source>Experiments</source>
        <translation>Эксперименты</translation>
    </message>
    <message>
        <location filename="../../src/ui/lesson_pane.cpp" line="103"/>
        <source>Compare these</source>
        <translation>Сравнить их</translation>
    </message>
    <message>
        <location filename="../../src/ui/lesson_pane.cpp" line="105"/>
        <source>Train these configurations side by side in a new window, with one epoch slider for all of them</source>
        <translation>Обучить эти конфигурации бок о бок в новом окне с одним ползунком эпох для всех</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/ui/lesson_pane.cpp" line="154"/>
        <source>• Compare %n configurations: %1</source>
        <translation>
            <numerusform>• Сравнить %n конфигурацию: %1</numerusform>
            <numerusform>• Сравнить %n конфигурации: %1</numerusform>
            <numerusform>• Сравнить %n конфигураций: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/ui/lesson_pane.cpp" line="162"/>
        <source>Cannot compare: %1</source>
        <translation>Сравнение невозможно: %1</translation>
    </message>
    <message>
        <location filename="../../src/ui/lesson_pane.cpp" line="191"/>
        <location filename="../../src/ui/lesson_pane.cpp" line="236"/>
        <source>Try it</source>
        <translation>Попробовать</translation>
    </message>
    <message>
        <location filename="../../src/ui/lesson_pane.cpp" line="232"/>
        <source>These are the settings now; Edit → Undo goes back.</source>
        <translation>Эти настройки уже действуют; «Правка → Отменить» возвращает прежние.</translation>
    </message>
    <message>
        <location filename="../../src/ui/lesson_pane.cpp" line="234"/>
        <source>Cannot be tried with the settings as they are now: %1</source>
        <translation>Нельзя попробовать при текущих настройках: %1</translation>
    </message>
    <message>
        <location filename="../../src/ui/lesson_pane.cpp" line="236"/>
        <source>Applied</source>
        <translation>Применено</translation>
    </message>
    <message>
        <location filename="../../src/ui/lesson_pane.cpp" line="237"/>
        <source>Make this change now (Edit → Undo takes it back)</source>
        <translation>Применить это изменение сейчас («Правка → Отменить» вернёт прежнее)</translation>
    </message>
    <message>
        <location filename="../../src/ui/lesson_pane.cpp" line="258"/>
        <source>no such experiment</source>
        <translation>такого эксперимента нет</translation>
    </message>
    <message>
        <location filename="../../src/ui/lesson_pane.cpp" line="260"/>
        <source>this experiment changes no settings</source>
        <translation>этот эксперимент не меняет настроек</translation>
    </message>
    <message>
        <location filename="../../src/ui/lesson_pane.cpp" line="263"/>
        <source>Experiment: %1</source>
        <translation>Эксперимент: %1</translation>
    </message>
    <message>
        <location filename="../../src/ui/lesson_pane.cpp" line="266"/>
        <source>Not changed: %1</source>
        <translation>Не изменено: %1</translation>
    </message>
    <message>
        <location filename="../../src/ui/lesson_pane.cpp" line="250"/>
        <source>What to watch for: %1</source>
        <translation>На что обратить внимание: %1</translation>
    </message>
</context>
<context>
    <name>backstep::LossChart</name>
    <message>
        <location filename="../../src/ui/loss_chart.cpp" line="41"/>
        <source>Loss per sample, by epoch</source>
        <translation>Потери на пример по эпохам</translation>
    </message>
    <message>
        <location filename="../../src/ui/loss_chart.cpp" line="45"/>
        <location filename="../../src/ui/loss_chart.cpp" line="71"/>
        <source>loss</source>
        <translation>потери</translation>
    </message>
    <message>
        <location filename="../../src/ui/loss_chart.cpp" line="47"/>
        <location filename="../../src/ui/loss_chart.cpp" line="80"/>
        <source>accuracy</source>
        <translation>точность</translation>
    </message>
    <message>
        <location filename="../../src/ui/loss_chart.cpp" line="50"/>
        <source>test loss</source>
        <translation>потери на тесте</translation>
    </message>
    <message>
        <location filename="../../src/ui/loss_chart.cpp" line="53"/>
        <source>test accuracy</source>
        <translation>точность на тесте</translation>
    </message>
    <message>
        <location filename="../../src/ui/loss_chart.cpp" line="56"/>
        <source>current epoch</source>
        <translation>текущая эпоха</translation>
    </message>
    <message>
        <location filename="../../src/ui/loss_chart.cpp" line="75"/>
        <source>loss (log)</source>
        <translation>потери (лог.)</translation>
    </message>
    <message>
        <location filename="../../src/ui/loss_chart.cpp" line="108"/>
        <source>the last epoch completed, %1: loss %2</source>
        <translation>последняя завершённая эпоха, %1: потери %2</translation>
    </message>
    <message>
        <location filename="../../src/ui/loss_chart.cpp" line="125"/>
        <source>epoch %1: %2 %3</source>
        <translation>эпоха %1: %2 %3</translation>
    </message>
</context>
<context>
    <name>backstep::MainWindow</name>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="70"/>
        <location filename="../../src/ui/window_language.cpp" line="75"/>
        <source>Backstep</source>
        <translation>Backstep</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="113"/>
        <location filename="../../src/ui/main_window.cpp" line="473"/>
        <source>loss %1</source>
        <translation>потери %1</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="116"/>
        <source>training: %1 epochs done, %2 of this run</source>
        <translation>обучение: пройдено эпох: %1 (в этом запуске: %2)</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="120"/>
        <location filename="../../src/ui/main_window.cpp" line="127"/>
        <location filename="../../src/ui/main_window.cpp" line="542"/>
        <source>Training stopped</source>
        <translation>Обучение остановлено</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="120"/>
        <source>Not enough memory to go on training this lesson; it stays at the last complete iteration.</source>
        <translation>Недостаточно памяти, чтобы продолжить обучение по этому уроку; он остаётся на последней завершённой итерации.</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="168"/>
        <source>◀ Back</source>
        <translation>◀ Назад</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="169"/>
        <source>Go back one step; shows exactly what was there</source>
        <translation>Вернуться на шаг назад; показывает в точности то, что было</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="171"/>
        <source>Next ▶</source>
        <translation>Далее ▶</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="172"/>
        <source>Compute the next step</source>
        <translation>Вычислить следующий шаг</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="175"/>
        <source>Next cell</source>
        <translation>Следующая ячейка</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="176"/>
        <source>Compute the next step one cell at a time</source>
        <translation>Вычислять следующий шаг по одной ячейке</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="178"/>
        <location filename="../../src/ui/main_window.cpp" line="570"/>
        <location filename="../../src/ui/window_language.cpp" line="72"/>
        <source>Play</source>
        <translation>Пуск</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="179"/>
        <source>Step automatically at the chosen speed</source>
        <translation>Выполнять шаги автоматически с выбранной скоростью</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="182"/>
        <source>Finish iteration</source>
        <translation>Завершить итерацию</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="183"/>
        <source>Compute the rest of this iteration</source>
        <translation>Вычислить оставшиеся шаги этой итерации</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="186"/>
        <source>Train</source>
        <translation>Обучить</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="187"/>
        <source>Train the number of epochs in the box, off the window&apos;s thread</source>
        <translation>Обучать сеть столько эпох, сколько указано в поле</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="189"/>
        <source>Reset</source>
        <translation>Сброс</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="190"/>
        <source>Back to the lesson&apos;s initial weights (the same ones)</source>
        <translation>Вернуться к начальным весам урока (тем же самым)</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="193"/>
        <source>New weights</source>
        <translation>Новые веса</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="194"/>
        <source>Draw new initial weights with a new seed</source>
        <translation>Выбрать новые начальные веса с новым зерном</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="197"/>
        <source>Go to iteration…</source>
        <translation>Перейти к итерации…</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="198"/>
        <source>Jump to an iteration or epoch</source>
        <translation>Перейти к итерации или эпохе</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="199"/>
        <source>&amp;Open lesson…</source>
        <translation>&amp;Открыть урок…</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="200"/>
        <source>Open a lesson file</source>
        <translation>Открыть файл урока</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="202"/>
        <source>Lesson &amp;gallery…</source>
        <translation>&amp;Галерея уроков…</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="203"/>
        <source>Choose one of the shipped lessons</source>
        <translation>Выбрать один из уроков, поставляемых с программой</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="205"/>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Импорт CSV…</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="206"/>
        <source>Make a new lesson from a CSV file of your own</source>
        <translation>Создать новый урок из собственного CSV-файла</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="209"/>
        <source>&amp;Save lesson as…</source>
        <translation>&amp;Сохранить урок как…</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="211"/>
        <source>Save data, settings and weights as a lesson file</source>
        <translation>Сохранить данные, настройки и веса в файл урока</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="214"/>
        <source>Export all matrices…</source>
        <translation>Экспорт всех матриц…</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="215"/>
        <source>One CSV per matrix of this iteration, as backstep-cli trace writes</source>
        <translation>По одному CSV на каждую матрицу этой итерации, как пишет backstep-cli trace</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="217"/>
        <source>Export loss history…</source>
        <translation>Экспорт истории потерь…</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="218"/>
        <source>The loss (and accuracy) per epoch as CSV</source>
        <translation>Потери (и точность) по эпохам в формате CSV</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="221"/>
        <source>Export chart as PNG…</source>
        <translation>Экспорт графика в PNG…</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="222"/>
        <source>The loss chart as an image</source>
        <translation>График потерь как изображение</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="224"/>
        <source>Export workbook…</source>
        <translation>Экспорт книги Excel…</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="226"/>
        <source>An Excel workbook of this iteration in which every computed cell is a formula</source>
        <translation>Книга Excel этой итерации: каждая вычисленная ячейка — формула</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="229"/>
        <source>&amp;Print handout…</source>
        <translation>&amp;Печать рабочего листа…</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="231"/>
        <source>A worksheet of a step of this iteration, or its answer key, on paper</source>
        <translation>Рабочий лист шага этой итерации или ключ ответов к нему — на бумаге</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="234"/>
        <source>Handout as PDF…</source>
        <translation>Рабочий лист в PDF…</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="235"/>
        <source>A worksheet of a step of this iteration, or its answer key, as a PDF</source>
        <translation>Рабочий лист шага этой итерации или ключ ответов к нему — в виде PDF</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="238"/>
        <source>Export 2-D views as PNG…</source>
        <translation>Экспорт 2D-видов в PNG…</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="239"/>
        <source>The input and hidden space views as an image</source>
        <translation>Виды входного и скрытого пространства как изображение</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="241"/>
        <location filename="../../src/ui/window_files.cpp" line="229"/>
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="243"/>
        <source>Export 2-D views</source>
        <translation>Экспорт 2D-видов</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="248"/>
        <location filename="../../src/ui/window_files.cpp" line="173"/>
        <location filename="../../src/ui/window_files.cpp" line="187"/>
        <source>Export failed</source>
        <translation>Не удалось экспортировать</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="251"/>
        <source>Export animation…</source>
        <translation>Экспорт анимации…</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="252"/>
        <source>Train from the initial weights and record it as an animated GIF</source>
        <translation>Обучить с начальных весов и записать в анимированный GIF</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="255"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="257"/>
        <source>Close Backstep</source>
        <translation>Закрыть Backstep</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="259"/>
        <source>Logarithmic loss axis</source>
        <translation>Логарифмическая ось потерь</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="260"/>
        <source>Show the loss on a log scale</source>
        <translation>Показывать потери в логарифмическом масштабе</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="265"/>
        <location filename="../../src/ui/window_language.cpp" line="64"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="268"/>
        <location filename="../../src/ui/window_language.cpp" line="65"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="278"/>
        <location filename="../../src/ui/window_language.cpp" line="68"/>
        <source>Full precision</source>
        <translation>Полная точность</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/ui/main_window.cpp" line="278"/>
        <location filename="../../src/ui/window_language.cpp" line="68"/>
        <source>%n decimal(s)</source>
        <translation>
            <numerusform>%n знак</numerusform>
            <numerusform>%n знака</numerusform>
            <numerusform>%n знаков</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="290"/>
        <source>Stepping</source>
        <translation>Пошаговое выполнение</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="300"/>
        <source>Play speed: steps per second</source>
        <translation>Скорость воспроизведения: шагов в секунду</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="310"/>
        <source> epochs</source>
        <translation> эпох</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="311"/>
        <source>How many epochs Train runs</source>
        <translation>Сколько эпох выполняет «Обучить»</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="337"/>
        <source>Steps</source>
        <translation>Шаги</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="339"/>
        <source>Loss</source>
        <translation>Потери</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="341"/>
        <source>Network</source>
        <translation>Сеть</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="343"/>
        <source>Evaluation</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="344"/>
        <source>Input and hidden space</source>
        <translation>Входное и скрытое пространство</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="351"/>
        <source>Lesson</source>
        <translation>Урок</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="353"/>
        <location filename="../../src/ui/window_help.cpp" line="90"/>
        <source>Lesson settings</source>
        <translation>Настройки урока</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="365"/>
        <source>Watch for: %1</source>
        <translation>Обратите внимание: %1</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_docks.cpp" line="25"/>
        <source>Sweep</source>
        <translation>Перебор</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_docks.cpp" line="44"/>
        <source>Train the lesson over a grid of settings and compare the results</source>
        <translation>Обучить урок на сетке параметров и сравнить результаты</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_docks.cpp" line="54"/>
        <source>Images</source>
        <translation>Изображения</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_docks.cpp" line="57"/>
        <source>The batch&apos;s pictures with their predictions and what each hidden unit looks for</source>
        <translation>Картинки пакета с предсказаниями и то, что ищет каждый скрытый нейрон</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="377"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="380"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Недавние уроки</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="385"/>
        <source>&amp;Export</source>
        <translation>&amp;Экспорт</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="395"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="400"/>
        <source>&amp;Step</source>
        <translation>&amp;Шаг</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="409"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="410"/>
        <source>&amp;Decimals</source>
        <translation>&amp;Десятичные знаки</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="415"/>
        <source>Too small or too large for fixed decimals: scientific notation (1.200e-05)</source>
        <translation>Слишком малые или большие для фиксированных знаков: научная запись (1.200e-05)</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_help.cpp" line="23"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_help.cpp" line="29"/>
        <source>Backstep &amp;help</source>
        <translation>&amp;Справка Backstep</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_help.cpp" line="32"/>
        <source>How to &amp;read the sheet</source>
        <translation>Как &amp;читать лист</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_help.cpp" line="34"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Клавиши</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_help.cpp" line="36"/>
        <source>&amp;Tour of the window</source>
        <translation>&amp;Обзор окна</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_help.cpp" line="38"/>
        <source>&amp;About Backstep</source>
        <translation>&amp;О Backstep</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_help.cpp" line="72"/>
        <source>The sheet</source>
        <translation>Лист</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_help.cpp" line="73"/>
        <source>Every matrix of the training iteration as its own grid, in reading order. The cells the current step computes are &lt;b&gt;yellow&lt;/b&gt;; click or point at a cell to focus it.</source>
        <translation>Каждая матрица итерации обучения — отдельная сетка, в порядке чтения. Ячейки, которые вычисляет текущий шаг, — &lt;b&gt;жёлтые&lt;/b&gt;; щёлкните по ячейке или наведите на неё, чтобы выбрать её.</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_help.cpp" line="77"/>
        <source>The formula bar</source>
        <translation>Строка формул</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_help.cpp" line="78"/>
        <source>How the focused cell is computed: its formula in symbols, the same formula with the numbers, and the result.</source>
        <translation>Как вычислена выбранная ячейка: формула в символах, та же формула с числами и результат.</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_help.cpp" line="81"/>
        <source>The steps</source>
        <translation>Шаги</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_help.cpp" line="82"/>
        <source>The 12 steps of one iteration. &lt;b&gt;Next&lt;/b&gt; (Space) computes the next one, &lt;b&gt;Back&lt;/b&gt; (←) goes back; click a step to go there. Below the list: what the step does and why.</source>
        <translation>12 шагов одной итерации. &lt;b&gt;Далее&lt;/b&gt; (Пробел) вычисляет следующий, &lt;b&gt;Назад&lt;/b&gt; (←) возвращается; щелчок по шагу переходит к нему. Под списком — что делает шаг и зачем.</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_help.cpp" line="86"/>
        <source>The loss chart</source>
        <translation>График потерь</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_help.cpp" line="87"/>
        <source>The loss per epoch. &lt;b&gt;Train&lt;/b&gt; (Ctrl+T) trains the epochs in the toolbar&apos;s box and the chart grows while it runs; hover the line for an epoch&apos;s value.</source>
        <translation>Потери по эпохам. &lt;b&gt;Обучить&lt;/b&gt; (Ctrl+T) обучает столько эпох, сколько указано в поле панели инструментов, и график растёт во время обучения; наведите на линию, чтобы увидеть значение эпохи.</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_help.cpp" line="91"/>
        <source>Every setting of the lesson: data, network, training and initial weights. A change takes effect at once, and Edit → Undo (Ctrl+Z) takes it back.</source>
        <translation>Все настройки урока: данные, сеть, обучение и начальные веса. Изменение действует сразу, а Правка → Отменить (Ctrl+Z) возвращает прежнее.</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_help.cpp" line="95"/>
        <source>Practice mode</source>
        <translation>Режим практики</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_help.cpp" line="96"/>
        <source>&lt;b&gt;Practice&lt;/b&gt; (Ctrl+Shift+P) empties the cells each step computes, and you type them. Right answers turn green; a wrong one gets a hint.</source>
        <translation>&lt;b&gt;Практика&lt;/b&gt; (Ctrl+Shift+P) очищает ячейки, которые вычисляет каждый шаг, и их вводите вы. Верные ответы становятся зелёными; на неверный даётся подсказка.</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_help.cpp" line="100"/>
        <source>Help</source>
        <translation>Справка</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_help.cpp" line="101"/>
        <source>The Help menu explains the window and how to read the sheet (F1), lists the keyboard shortcuts, and shows this tour again.</source>
        <translation>Меню «Справка» объясняет окно и как читать лист (F1), перечисляет клавиши и снова показывает этот обзор.</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="435"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="449"/>
        <source>full batch</source>
        <translation>полный пакет</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="451"/>
        <source>one sample at a time</source>
        <translation>по одному примеру</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="453"/>
        <source>batches of %1</source>
        <translation>пакеты по %1</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="463"/>
        <source>%1 · %2 · %3 · lr %4</source>
        <translation>%1 · %2 · %3 · скорость обучения %4</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="464"/>
        <source>(untitled)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="468"/>
        <source>epoch %1 · iteration %2 · step %3 of 12</source>
        <translation>эпоха %1 · итерация %2 · шаг %3 из 12</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="136"/>
        <location filename="../../src/ui/main_window.cpp" line="487"/>
        <location filename="../../src/ui/window_language.cpp" line="74"/>
        <source>%1 — Backstep</source>
        <translation>%1 — Backstep</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="498"/>
        <source>%1: not enough memory for this lesson; use fewer samples or units</source>
        <translation>%1: недостаточно памяти для этого урока; уменьшите число примеров или нейронов</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="502"/>
        <source>Cannot open the lesson</source>
        <translation>Не удаётся открыть урок</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="503"/>
        <source>The lesson was not opened; the current one stays.

%1</source>
        <translation>Урок не открыт; текущий урок остаётся.

%1</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="530"/>
        <source>Training reached the lesson&apos;s target: loss %1 at or below %2 (stop at loss) at epoch %3</source>
        <translation>Обучение достигло цели урока: на эпохе %3 потери %1 не выше %2 («Целевые потери»)</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="538"/>
        <source>Training cancelled after epoch %1</source>
        <translation>Обучение прервано после эпохи %1</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="539"/>
        <source>Trained to the end of epoch %1</source>
        <translation>Обучение дошло до конца эпохи %1</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="540"/>
        <source>; the sheet shows the next iteration, %1</source>
        <translation>; на листе показана следующая итерация, %1</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="570"/>
        <location filename="../../src/ui/window_language.cpp" line="72"/>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_files.cpp" line="50"/>
        <source>Open lesson</source>
        <translation>Открыть урок</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_files.cpp" line="50"/>
        <source>Backstep lessons (*.json);;All files (*)</source>
        <translation>Уроки Backstep (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_files.cpp" line="57"/>
        <source>Import CSV</source>
        <translation>Импорт CSV</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_files.cpp" line="58"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Файлы CSV (*.csv *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_files.cpp" line="64"/>
        <source>Cannot import</source>
        <translation>Не удаётся импортировать</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_files.cpp" line="72"/>
        <source>Imported %1: a new lesson; keep it with File → Save lesson as</source>
        <translation>Импортирован файл %1: это новый урок; сохраните его через «Файл → Сохранить урок как»</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_files.cpp" line="115"/>
        <source>Save lesson</source>
        <translation>Сохранение урока</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_files.cpp" line="116"/>
        <source>Which weights should the lesson start from?</source>
        <translation>С каких весов должен начинаться урок?</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_files.cpp" line="119"/>
        <source>The initial weights</source>
        <translation>С начальных весов</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_files.cpp" line="121"/>
        <source>The current weights, which iteration %1 of epoch %2 starts from</source>
        <translation>Текущие веса, с которых начинается итерация %1 эпохи %2</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_files.cpp" line="129"/>
        <source>Backstep lessons (*.json)</source>
        <translation>Уроки Backstep (*.json)</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_files.cpp" line="131"/>
        <source>Save lesson as</source>
        <translation>Сохранить урок как</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_files.cpp" line="135"/>
        <source>Cannot save the lesson</source>
        <translation>Не удаётся сохранить урок</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_files.cpp" line="137"/>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_files.cpp" line="150"/>
        <source>no matrix %1</source>
        <translation>нет матрицы %1</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_files.cpp" line="169"/>
        <source>Export all matrices to folder</source>
        <translation>Экспорт всех матриц в папку</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_files.cpp" line="176"/>
        <source>Wrote %1 CSV files to %2</source>
        <translation>Записано CSV-файлов: %1, папка: %2</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_files.cpp" line="191"/>
        <source>Export %1</source>
        <translation>Экспорт %1</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_files.cpp" line="192"/>
        <location filename="../../src/ui/window_files.cpp" line="197"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_files.cpp" line="197"/>
        <source>Export loss history</source>
        <translation>Экспорт истории потерь</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_files.cpp" line="213"/>
        <location filename="../../src/ui/window_files.cpp" line="217"/>
        <source>Export workbook</source>
        <translation>Экспорт книги Excel</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_files.cpp" line="214"/>
        <source>Iterations, one sheet each, from iteration %1:</source>
        <translation>Итерации (по листу на каждую), начиная с итерации %1:</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_files.cpp" line="218"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_files.cpp" line="223"/>
        <source>Wrote the workbook %1</source>
        <translation>Книга сохранена: %1</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_files.cpp" line="229"/>
        <source>Export chart</source>
        <translation>Экспорт графика</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="130"/>
        <source>Not enough memory to go on; the sheet stays at iteration %1</source>
        <translation>Недостаточно памяти, чтобы продолжить; лист остаётся на итерации %1</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_handout.cpp" line="43"/>
        <source>Export handout as PDF</source>
        <translation>Экспорт рабочего листа в PDF</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_handout.cpp" line="46"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_handout.cpp" line="49"/>
        <source>Wrote the handout %1</source>
        <translation>Рабочий лист записан: %1</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_handout.cpp" line="63"/>
        <source>Print handout</source>
        <translation>Печать рабочего листа</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_handout.cpp" line="69"/>
        <source>Print failed</source>
        <translation>Печать не удалась</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_handout.cpp" line="69"/>
        <source>The printer could not be started; check its settings.</source>
        <translation>Не удалось запустить принтер; проверьте его настройки.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/ui/window_handout.cpp" line="71"/>
        <source>Sent %n page(s) to the printer</source>
        <translation>
            <numerusform>На принтер отправлена %n страница</numerusform>
            <numerusform>На принтер отправлены %n страницы</numerusform>
            <numerusform>На принтер отправлено %n страниц</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/ui/window_language.cpp" line="35"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_language.cpp" line="51"/>
        <source>System default</source>
        <translation>Как в системе</translation>
    </message>
</context>
<context>
    <name>backstep::MatrixPanel</name>
    <message>
        <location filename="../../src/ui/matrix_panel.cpp" line="72"/>
        <source>Export %1 as CSV…</source>
        <translation>Экспорт %1 в CSV…</translation>
    </message>
    <message>
        <location filename="../../src/ui/matrix_panel.cpp" line="115"/>
        <source>%1×%2 · step %3</source>
        <translation>%1×%2 · шаг %3</translation>
    </message>
    <message>
        <location filename="../../src/ui/matrix_panel.cpp" line="119"/>
        <source>not computed yet</source>
        <translation>ещё не вычислено</translation>
    </message>
    <message>
        <location filename="../../src/ui/matrix_panel.cpp" line="122"/>
        <source>this step</source>
        <translation>этот шаг</translation>
    </message>
</context>
<context>
    <name>backstep::MatrixTableModel</name>
    <message>
        <location filename="../../src/models/matrix_table_model.cpp" line="158"/>
        <source>Practice: type the value of this cell and press Enter</source>
        <translation>Практика: введите значение этой ячейки и нажмите Enter</translation>
    </message>
    <message>
        <location filename="../../src/models/matrix_table_model.cpp" line="159"/>
        <source>Computed at step %1</source>
        <translation>Вычислено на шаге %1</translation>
    </message>
    <message>
        <location filename="../../src/models/matrix_table_model.cpp" line="183"/>
        <source>Dropped by dropout in this iteration: unit %1 is left out for this sample (mask 0), so it passes nothing on and no error back.</source>
        <translation>Выключен dropout в этой итерации: нейрон %1 для этого примера выключен (маска 0), поэтому он ничего не передаёт дальше и не получает ошибку назад.</translation>
    </message>
    <message>
        <location filename="../../src/models/matrix_table_model.cpp" line="186"/>
        <source>Dropped by dropout in this iteration: unit %1 is left out in every sample of the batch, so this batch&apos;s error adds nothing here (weight decay and the optimiser&apos;s memory still act).</source>
        <translation>Выключен dropout в этой итерации: нейрон %1 выключен во всех примерах пакета, поэтому ошибка этого пакета сюда ничего не добавляет (затухание весов и память оптимизатора всё ещё действуют).</translation>
    </message>
    <message>
        <location filename="../../src/models/matrix_table_model.cpp" line="205"/>
        <source>sample %1</source>
        <translation>пример %1</translation>
    </message>
    <message>
        <location filename="../../src/models/matrix_table_model.cpp" line="206"/>
        <source>bias</source>
        <translation>смещение</translation>
    </message>
</context>
<context>
    <name>backstep::NetworkDiagram</name>
    <message>
        <location filename="../../src/ui/animation_export.cpp" line="87"/>
        <location filename="../../src/ui/network_diagram.cpp" line="99"/>
        <location filename="../../src/render/animation.h" line="73"/>
        <source>+%1 more</source>
        <translation>ещё %1</translation>
    </message>
</context>
<context>
    <name>backstep::OptimizerSettings</name>
    <message>
        <location filename="../../src/ui/optimizer_settings.cpp" line="44"/>
        <source>Dropout %1</source>
        <translation>Dropout %1</translation>
    </message>
    <message>
        <location filename="../../src/ui/optimizer_settings.cpp" line="44"/>
        <source>No dropout</source>
        <translation>Без dropout</translation>
    </message>
    <message>
        <location filename="../../src/ui/optimizer_settings.cpp" line="121"/>
        <source>Plain steps</source>
        <translation>Обычные шаги</translation>
    </message>
    <message>
        <location filename="../../src/ui/optimizer_settings.cpp" line="125"/>
        <source>Momentum β %1</source>
        <translation>Моментум β %1</translation>
    </message>
    <message>
        <location filename="../../src/ui/optimizer_settings.cpp" line="132"/>
        <source>Adam β1 %1, β2 %2</source>
        <translation>Adam β1 %1, β2 %2</translation>
    </message>
    <message>
        <location filename="../../src/ui/optimizer_settings.cpp" line="144"/>
        <source>Weight decay %1</source>
        <translation>Затухание весов %1</translation>
    </message>
    <message>
        <location filename="../../src/ui/optimizer_settings.cpp" line="153"/>
        <source>Constant learning rate</source>
        <translation>Постоянная скорость обучения</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/ui/optimizer_settings.cpp" line="161"/>
        <source>Learning rate ×%1 every %n epoch(s)</source>
        <translation>
            <numerusform>Скорость обучения ×%1 каждую %n эпоху</numerusform>
            <numerusform>Скорость обучения ×%1 каждые %n эпохи</numerusform>
            <numerusform>Скорость обучения ×%1 каждые %n эпох</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>backstep::PlaneView</name>
    <message>
        <location filename="../../src/ui/plane_view.cpp" line="115"/>
        <source>Sample %1</source>
        <translation>Пример %1</translation>
    </message>
    <message>
        <location filename="../../src/ui/plane_view.cpp" line="116"/>
        <source>Test sample %1</source>
        <translation>Тестовый пример %1</translation>
    </message>
    <message>
        <location filename="../../src/ui/plane_view.cpp" line="119"/>
        <source>%1 = %2, %3 = %4</source>
        <translation>%1 = %2, %3 = %4</translation>
    </message>
</context>
<context>
    <name>backstep::PngFile</name>
    <message>
        <location filename="../../src/ui/png_file.cpp" line="17"/>
        <source>%1: cannot encode the picture as PNG</source>
        <translation>%1: не удаётся закодировать изображение в PNG</translation>
    </message>
</context>
<context>
    <name>backstep::PracticeControls</name>
    <message>
        <location filename="../../src/ui/practice_controls.cpp" line="40"/>
        <source>Practice</source>
        <translation>Практика</translation>
    </message>
    <message>
        <location filename="../../src/ui/practice_controls.cpp" line="41"/>
        <source>Practice: the cells each step computes are empty and you type them; right answers turn green</source>
        <translation>Практика: ячейки, которые вычисляет шаг, пусты, и вы вводите их сами; верные ответы становятся зелёными</translation>
    </message>
    <message>
        <location filename="../../src/ui/practice_controls.cpp" line="45"/>
        <source>Hint</source>
        <translation>Подсказка</translation>
    </message>
    <message>
        <location filename="../../src/ui/practice_controls.cpp" line="46"/>
        <source>Help with the focused empty cell: first its formula, then the formula with the numbers, then the answer</source>
        <translation>Помощь с выделенной пустой ячейкой: сначала формула, затем формула с числами, затем ответ</translation>
    </message>
    <message>
        <location filename="../../src/ui/practice_controls.cpp" line="50"/>
        <source>Reveal step</source>
        <translation>Показать ответы шага</translation>
    </message>
    <message>
        <location filename="../../src/ui/practice_controls.cpp" line="51"/>
        <source>Show the answers of the cells still empty (they count as revealed)</source>
        <translation>Показать ответы ещё пустых ячеек (они засчитываются как показанные)</translation>
    </message>
    <message>
        <location filename="../../src/ui/practice_controls.cpp" line="54"/>
        <source>Practice summary…</source>
        <translation>Итоги практики…</translation>
    </message>
    <message>
        <location filename="../../src/ui/practice_controls.cpp" line="55"/>
        <source>Right at first try, with hints and revealed, step by step</source>
        <translation>По шагам: верно с первой попытки, верно с подсказками, показанные ответы</translation>
    </message>
    <message>
        <location filename="../../src/ui/practice_controls.cpp" line="58"/>
        <source>Export practice results…</source>
        <translation>Экспортировать результаты практики…</translation>
    </message>
    <message>
        <location filename="../../src/ui/practice_controls.cpp" line="59"/>
        <source>Every answer of this practice as a CSV file</source>
        <translation>Все ответы этой практики в файле CSV</translation>
    </message>
    <message>
        <location filename="../../src/ui/practice_controls.cpp" line="62"/>
        <source>Student name…</source>
        <translation>Имя ученика…</translation>
    </message>
    <message>
        <location filename="../../src/ui/practice_controls.cpp" line="63"/>
        <source>The name practice results are exported under</source>
        <translation>Имя, под которым экспортируются результаты практики</translation>
    </message>
    <message>
        <location filename="../../src/ui/practice_controls.cpp" line="69"/>
        <source>Practice score: cells right of those shown so far</source>
        <translation>Счёт практики: верные ячейки из показанных до сих пор</translation>
    </message>
    <message>
        <location filename="../../src/ui/practice_controls.cpp" line="125"/>
        <source>Next step, once every empty cell of this step is typed or revealed (Space)</source>
        <translation>Следующий шаг, когда каждая пустая ячейка шага введена или показана (Пробел)</translation>
    </message>
    <message>
        <location filename="../../src/ui/practice_controls.cpp" line="194"/>
        <source>Cells still empty</source>
        <translation>Остались пустые ячейки</translation>
    </message>
    <message>
        <location filename="../../src/ui/practice_controls.cpp" line="195"/>
        <source>1 cell of step %1 is still empty.</source>
        <translation>Одна ячейка шага %1 ещё пуста.</translation>
    </message>
    <message>
        <location filename="../../src/ui/practice_controls.cpp" line="196"/>
        <source>%1 cells of step %2 are still empty.</source>
        <translation>Ячеек шага %2, которые ещё пусты: %1.</translation>
    </message>
    <message>
        <location filename="../../src/ui/practice_controls.cpp" line="198"/>
        <source>Reveal their answers and go on to the next step? Revealed cells score nothing.</source>
        <translation>Показать их ответы и перейти к следующему шагу? Показанные ячейки не приносят очков.</translation>
    </message>
    <message>
        <location filename="../../src/ui/practice_controls.cpp" line="202"/>
        <source>Reveal and go on</source>
        <translation>Показать и продолжить</translation>
    </message>
    <message>
        <location filename="../../src/ui/practice_controls.cpp" line="204"/>
        <source>Keep trying</source>
        <translation>Попробовать ещё</translation>
    </message>
    <message>
        <location filename="../../src/ui/practice_controls.cpp" line="241"/>
        <source>Practice results written to %1</source>
        <translation>Результаты практики записаны в %1</translation>
    </message>
    <message>
        <location filename="../../src/ui/practice_controls.cpp" line="243"/>
        <source>Export failed</source>
        <translation>Не удалось экспортировать</translation>
    </message>
    <message>
        <location filename="../../src/ui/practice_controls.cpp" line="252"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/ui/practice_controls.cpp" line="256"/>
        <source>Export practice results</source>
        <translation>Экспорт результатов практики</translation>
    </message>
</context>
<context>
    <name>backstep::PracticeSession</name>
    <message>
        <location filename="../../src/models/practice_session.cpp" line="32"/>
        <source>Practice ended: the lesson changed.</source>
        <translation>Практика завершена: урок изменился.</translation>
    </message>
    <message>
        <location filename="../../src/models/practice_session.cpp" line="67"/>
        <source>Step %1 still has empty cells: type them, or reveal them with Reveal step, before going on.</source>
        <translation>На шаге %1 ещё есть пустые ячейки: введите их или покажите кнопкой «Показать ответы шага», прежде чем идти дальше.</translation>
    </message>
    <message>
        <location filename="../../src/models/practice_session.cpp" line="226"/>
        <source>“%1” is not a number: type a number such as 0.25 or -1.5e-3.</source>
        <translation>«%1» — не число: введите число, например 0.25 или -1.5e-3.</translation>
    </message>
    <message>
        <location filename="../../src/models/practice_session.cpp" line="234"/>
        <source>Right: %1 = %2.</source>
        <translation>Верно: %1 = %2.</translation>
    </message>
    <message>
        <location filename="../../src/models/practice_session.cpp" line="241"/>
        <source>Not quite: %1 is not %2.</source>
        <translation>Не совсем: %1 — не значение %2.</translation>
    </message>
    <message>
        <location filename="../../src/models/practice_session.cpp" line="256"/>
        <source>Hint 1 of 3: the formula; the cells it uses are orange.</source>
        <translation>Подсказка 1 из 3: формула; ячейки, которые она использует, оранжевые.</translation>
    </message>
    <message>
        <location filename="../../src/models/practice_session.cpp" line="259"/>
        <source>Hint 2 of 3: the formula with the numbers.</source>
        <translation>Подсказка 2 из 3: формула с числами.</translation>
    </message>
    <message>
        <location filename="../../src/models/practice_session.cpp" line="262"/>
        <source>%1 is %2 (revealed).</source>
        <translation>%1 = %2 (ответ показан).</translation>
    </message>
    <message>
        <location filename="../../src/models/practice_session.cpp" line="388"/>
        <source>Practice: nothing to type in this iteration</source>
        <translation>Практика: в этой итерации нечего вводить</translation>
    </message>
    <message>
        <location filename="../../src/models/practice_session.cpp" line="393"/>
        <source>Step %1: %2 of %3 right</source>
        <translation>Шаг %1: верно %2 из %3</translation>
    </message>
    <message>
        <location filename="../../src/models/practice_session.cpp" line="396"/>
        <source>iteration %1 so far: %2 of %3 right · hints used: %4</source>
        <translation>итерация %1 до сих пор: верно %2 из %3 · подсказок: %4</translation>
    </message>
</context>
<context>
    <name>backstep::PracticeSummaryDialog</name>
    <message>
        <location filename="../../src/ui/practice_summary_dialog.cpp" line="20"/>
        <source>%1 · iteration %2</source>
        <translation>%1 · итерация %2</translation>
    </message>
    <message>
        <location filename="../../src/ui/practice_summary_dialog.cpp" line="25"/>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <location filename="../../src/ui/practice_summary_dialog.cpp" line="25"/>
        <source>Cells</source>
        <translation>Ячейки</translation>
    </message>
    <message>
        <location filename="../../src/ui/practice_summary_dialog.cpp" line="25"/>
        <source>Right at first try</source>
        <translation>Верно с первой попытки</translation>
    </message>
    <message>
        <location filename="../../src/ui/practice_summary_dialog.cpp" line="25"/>
        <source>Right with hints</source>
        <translation>Верно с подсказками</translation>
    </message>
    <message>
        <location filename="../../src/ui/practice_summary_dialog.cpp" line="26"/>
        <source>Revealed</source>
        <translation>Показано</translation>
    </message>
    <message>
        <location filename="../../src/ui/practice_summary_dialog.cpp" line="26"/>
        <source>Hints</source>
        <translation>Подсказки</translation>
    </message>
    <message>
        <location filename="../../src/ui/practice_summary_dialog.cpp" line="28"/>
        <source>Still empty</source>
        <translation>Ещё пусто</translation>
    </message>
    <message>
        <location filename="../../src/ui/practice_summary_dialog.cpp" line="51"/>
        <source>All</source>
        <translation>Всего</translation>
    </message>
    <message>
        <location filename="../../src/ui/practice_summary_dialog.cpp" line="61"/>
        <source>Score: %1 of %2 cells right (%3%), %4 at the first try.</source>
        <translation>Счёт: верно %1 из %2 ячеек (%3%), из них %4 с первой попытки.</translation>
    </message>
</context>
<context>
    <name>backstep::SampleLegend</name>
    <message>
        <location filename="../../src/models/sample_legend.cpp" line="40"/>
        <source>%1 from %2 to %3</source>
        <translation>%1 от %2 до %3</translation>
    </message>
    <message>
        <location filename="../../src/models/sample_legend.cpp" line="59"/>
        <location filename="../../src/models/sample_legend.cpp" line="68"/>
        <source>Class: %1</source>
        <translation>Класс: %1</translation>
    </message>
    <message>
        <location filename="../../src/models/sample_legend.cpp" line="62"/>
        <location filename="../../src/models/sample_legend.cpp" line="71"/>
        <source>Prediction: %1 (%2)</source>
        <translation>Предсказание: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../src/models/sample_legend.cpp" line="74"/>
        <source>Target: %1 = %2</source>
        <translation>Цель: %1 = %2</translation>
    </message>
    <message>
        <location filename="../../src/models/sample_legend.cpp" line="77"/>
        <source>Prediction: %1</source>
        <translation>Предсказание: %1</translation>
    </message>
</context>
<context>
    <name>backstep::SettingsPanel</name>
    <message numerus="yes">
        <location filename="../../src/ui/settings_panel.cpp" line="241"/>
        <source>%n sample(s)</source>
        <translation>
            <numerusform>%n пример</numerusform>
            <numerusform>%n примера</numerusform>
            <numerusform>%n примеров</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/ui/settings_panel.cpp" line="246"/>
        <source>Noise %1</source>
        <translation>Шум %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/ui/settings_panel.cpp" line="251"/>
        <source>%n class(es)</source>
        <translation>
            <numerusform>%n класс</numerusform>
            <numerusform>%n класса</numerusform>
            <numerusform>%n классов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/ui/settings_panel.cpp" line="256"/>
        <source>Data seed %1</source>
        <translation>Зерно данных %1</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings_panel.cpp" line="261"/>
        <source>Test fraction %1</source>
        <translation>Доля для теста %1</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings_panel.cpp" line="271"/>
        <source>Hidden activation %1</source>
        <translation>Активация скрытого слоя %1</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings_panel.cpp" line="276"/>
        <source>Output activation %1</source>
        <translation>Активация выходного слоя %1</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings_panel.cpp" line="282"/>
        <source>Loss %1</source>
        <translation>Функция потерь %1</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings_panel.cpp" line="288"/>
        <source>Loss over the batch: %1</source>
        <translation>Потери по пакету: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/ui/settings_panel.cpp" line="309"/>
        <source>%n epoch(s)</source>
        <translation>
            <numerusform>%n эпоха</numerusform>
            <numerusform>%n эпохи</numerusform>
            <numerusform>%n эпох</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/ui/settings_panel.cpp" line="316"/>
        <source>Update the biases</source>
        <translation>Обновлять смещения</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings_panel.cpp" line="316"/>
        <source>Keep the biases fixed</source>
        <translation>Не изменять смещения</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings_panel.cpp" line="323"/>
        <source>Weight seed %1</source>
        <translation>Зерно весов %1</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings_panel.cpp" line="328"/>
        <source>Weight standard deviation %1</source>
        <translation>Стандартное отклонение весов %1</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings_panel.cpp" line="334"/>
        <source>Biases start at zero</source>
        <translation>Смещения начинаются с нуля</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings_panel.cpp" line="334"/>
        <source>Biases start random</source>
        <translation>Смещения начинаются со случайных значений</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings_panel.cpp" line="363"/>
        <source>Only generated data has this setting; choose a generator under Source to replace the lesson&apos;s own data.</source>
        <translation>Эта настройка есть только у сгенерированных данных; выберите генератор в поле «Источник», чтобы заменить данные урока.</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings_panel.cpp" line="369"/>
        <source>Only the spiral has a number of classes.</source>
        <translation>Число классов задаётся только для спирали.</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings_panel.cpp" line="371"/>
        <source>This lesson brings its own test samples.</source>
        <translation>У этого урока свои тестовые примеры.</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings_panel.cpp" line="396"/>
        <source>Only mini-batches have a size; choose mini-batch first.</source>
        <translation>Размер есть только у мини-пакетов; сначала выберите мини-пакет.</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings_panel.cpp" line="401"/>
        <source>Tick Stop at loss to set a target.</source>
        <translation>Отметьте «Целевые потери», чтобы задать цель.</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings_panel.cpp" line="411"/>
        <source>The lesson gives its starting weights as numbers; choose a method to draw them instead.</source>
        <translation>Урок задаёт начальные веса числами; выберите способ, чтобы вместо этого выбирать их случайно.</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings_panel.cpp" line="416"/>
        <source>Only the normal method has a standard deviation.</source>
        <translation>Стандартное отклонение есть только у нормального распределения.</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings_panel.cpp" line="418"/>
        <source>Xavier always starts the biases at zero.</source>
        <translation>Xavier всегда начинает смещения с нуля.</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings_panel.cpp" line="442"/>
        <source>The data comes from a generator now; Edit → Undo brings back data it replaced.</source>
        <translation>Теперь данные создаёт генератор; «Правка → Отменить» вернёт заменённые данные.</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings_panel.cpp" line="469"/>
        <source>Only a lesson that gives its weights as numbers has these.</source>
        <translation>Это есть только у урока, который задаёт веса числами.</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings_panel.cpp" line="494"/>
        <source>Also sets %1: this choice needs it.</source>
        <translation>Также устанавливает %1: этого требует выбранный вариант.</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings_panel.cpp" line="522"/>
        <source>Not changed: %1</source>
        <translation>Не изменено: %1</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings_panel.cpp" line="539"/>
        <source>Data from the %1 generator</source>
        <translation>Данные от генератора %1</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings_panel.cpp" line="548"/>
        <source>No hidden layer</source>
        <translation>Без скрытого слоя</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/ui/settings_panel.cpp" line="554"/>
        <source>%n hidden layer(s): %1</source>
        <translation>
            <numerusform>%n скрытый слой: %1</numerusform>
            <numerusform>%n скрытых слоя: %1</numerusform>
            <numerusform>%n скрытых слоёв: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/ui/settings_panel.cpp" line="561"/>
        <source>units per layer: give whole numbers from 1, one per hidden layer, like 8 or 8x4</source>
        <translation>нейронов в слое: укажите целые числа от 1, по одному на скрытый слой, например 8 или 8x4</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings_panel.cpp" line="570"/>
        <source>Hidden units %1</source>
        <translation>Скрытые нейроны %1</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings_panel.cpp" line="575"/>
        <source>Learning rate %1</source>
        <translation>Скорость обучения %1</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings_panel.cpp" line="594"/>
        <source>Full batch</source>
        <translation>Полный пакет</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings_panel.cpp" line="596"/>
        <source>SGD: one sample per iteration</source>
        <translation>SGD: один пример на итерацию</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings_panel.cpp" line="598"/>
        <source>Mini-batches of %1</source>
        <translation>Мини-пакеты по %1</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings_panel.cpp" line="607"/>
        <source>No target loss</source>
        <translation>Без целевых потерь</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings_panel.cpp" line="610"/>
        <source>Stop at loss %1</source>
        <translation>Целевые потери %1</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings_panel.cpp" line="622"/>
        <source>Initial weights: %1</source>
        <translation>Начальные веса: %1</translation>
    </message>
</context>
<context>
    <name>backstep::SheetWidget</name>
    <message>
        <location filename="../../src/ui/sheet_widget.cpp" line="55"/>
        <source>Forward pass: hidden layers</source>
        <translation>Прямой проход: скрытые слои</translation>
    </message>
    <message>
        <location filename="../../src/ui/sheet_widget.cpp" line="56"/>
        <source>Forward pass: hidden layer</source>
        <translation>Прямой проход: скрытый слой</translation>
    </message>
    <message>
        <location filename="../../src/ui/sheet_widget.cpp" line="57"/>
        <source>Inputs (no hidden layer)</source>
        <translation>Входы (без скрытого слоя)</translation>
    </message>
    <message>
        <location filename="../../src/ui/sheet_widget.cpp" line="65"/>
        <source>Forward pass: output layer</source>
        <translation>Прямой проход: выходной слой</translation>
    </message>
    <message>
        <location filename="../../src/ui/sheet_widget.cpp" line="70"/>
        <source>Error and slopes</source>
        <translation>Ошибка и производные</translation>
    </message>
    <message>
        <location filename="../../src/ui/sheet_widget.cpp" line="74"/>
        <source>Backward pass</source>
        <translation>Обратный проход</translation>
    </message>
    <message>
        <location filename="../../src/ui/sheet_widget.cpp" line="80"/>
        <source>Updates: weights and biases before and after</source>
        <translation>Обновления: веса и смещения до и после</translation>
    </message>
    <message>
        <location filename="../../src/ui/sheet_widget.cpp" line="87"/>
        <location filename="../../src/ui/sheet_widget.cpp" line="90"/>
        <location filename="../../src/ui/sheet_widget.cpp" line="95"/>
        <source>(before)</source>
        <translation>(до)</translation>
    </message>
</context>
<context>
    <name>backstep::SpacePictures</name>
    <message>
        <location filename="../../src/models/space_pictures.cpp" line="72"/>
        <source>The 2-D views need a lesson with two inputs.</source>
        <translation>Для 2D-видов нужен урок с двумя входами.</translation>
    </message>
    <message>
        <location filename="../../src/models/space_pictures.cpp" line="109"/>
        <source>This network has no hidden layer.</source>
        <translation>У этой сети нет скрытого слоя.</translation>
    </message>
    <message>
        <location filename="../../src/models/space_pictures.cpp" line="111"/>
        <source>The hidden space needs two hidden units.</source>
        <translation>Для скрытого пространства нужны два скрытых нейрона.</translation>
    </message>
</context>
<context>
    <name>backstep::SpaceViews</name>
    <message>
        <location filename="../../src/ui/animation_export.cpp" line="78"/>
        <location filename="../../src/ui/space_views.cpp" line="315"/>
        <location filename="../../src/render/animation.h" line="64"/>
        <source>Input space: prediction and samples</source>
        <translation>Входное пространство: предсказание и примеры</translation>
    </message>
    <message>
        <location filename="../../src/ui/animation_export.cpp" line="80"/>
        <location filename="../../src/ui/space_views.cpp" line="316"/>
        <location filename="../../src/render/animation.h" line="66"/>
        <source>Hidden space before activation</source>
        <translation>Скрытое пространство до активации</translation>
    </message>
    <message>
        <location filename="../../src/ui/animation_export.cpp" line="82"/>
        <location filename="../../src/ui/space_views.cpp" line="317"/>
        <location filename="../../src/render/animation.h" line="68"/>
        <source>Hidden space after activation</source>
        <translation>Скрытое пространство после активации</translation>
    </message>
    <message>
        <location filename="../../src/ui/space_views.cpp" line="60"/>
        <source>The 2-D views need at least two samples.</source>
        <translation>Двумерным видам нужны хотя бы два примера.</translation>
    </message>
    <message>
        <location filename="../../src/ui/space_views.cpp" line="72"/>
        <source>Hidden unit on the horizontal axis</source>
        <translation>Скрытый нейрон по горизонтальной оси</translation>
    </message>
    <message>
        <location filename="../../src/ui/space_views.cpp" line="74"/>
        <source>Hidden unit on the vertical axis</source>
        <translation>Скрытый нейрон по вертикальной оси</translation>
    </message>
    <message>
        <location filename="../../src/ui/space_views.cpp" line="78"/>
        <source>Replay the training: the weights at this epoch</source>
        <translation>Повтор обучения: веса на этой эпохе</translation>
    </message>
    <message>
        <location filename="../../src/ui/space_views.cpp" line="82"/>
        <source>Export PNG…</source>
        <translation>Экспорт PNG…</translation>
    </message>
    <message>
        <location filename="../../src/ui/space_views.cpp" line="84"/>
        <source>Hidden units:</source>
        <translation>Скрытые нейроны:</translation>
    </message>
    <message>
        <location filename="../../src/ui/space_views.cpp" line="89"/>
        <source>Epoch:</source>
        <translation>Эпоха:</translation>
    </message>
    <message>
        <location filename="../../src/ui/space_views.cpp" line="107"/>
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../src/ui/space_views.cpp" line="109"/>
        <source>Export view</source>
        <translation>Экспорт вида</translation>
    </message>
    <message>
        <location filename="../../src/ui/space_views.cpp" line="114"/>
        <source>Export failed</source>
        <translation>Не удалось экспортировать</translation>
    </message>
    <message>
        <location filename="../../src/ui/space_views.cpp" line="321"/>
        <source>epoch %1 (live)</source>
        <translation>эпоха %1 (в реальном времени)</translation>
    </message>
    <message>
        <location filename="../../src/ui/space_views.cpp" line="322"/>
        <source>epoch %1</source>
        <translation>эпоха %1</translation>
    </message>
</context>
<context>
    <name>backstep::StepPanel</name>
    <message>
        <location filename="../../src/ui/step_panel.cpp" line="60"/>
        <source> (layer %1)</source>
        <translation> (слой %1)</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_panel.cpp" line="96"/>
        <source>Lesson note:</source>
        <translation>Заметка к уроку:</translation>
    </message>
</context>
<context>
    <name>backstep::SweepModel</name>
    <message>
        <location filename="../../src/models/sweep_model.cpp" line="155"/>
        <source>Open a lesson to sweep its settings</source>
        <translation>Откройте урок, чтобы перебрать его параметры</translation>
    </message>
    <message>
        <location filename="../../src/models/sweep_model.cpp" line="166"/>
        <source>Type the values of at least one setting</source>
        <translation>Введите значения хотя бы одного параметра</translation>
    </message>
    <message>
        <location filename="../../src/models/sweep_model.cpp" line="270"/>
        <source>test accuracy below %1 %</source>
        <translation>точность на тесте ниже %1 %</translation>
    </message>
    <message>
        <location filename="../../src/models/sweep_model.cpp" line="273"/>
        <source>train–test gap above %1 %</source>
        <translation>разрыв обучение–тест больше %1 %</translation>
    </message>
    <message>
        <location filename="../../src/models/sweep_model.cpp" line="275"/>
        <source>slower than %1 s</source>
        <translation>дольше %1 с</translation>
    </message>
    <message>
        <location filename="../../src/models/sweep_model.cpp" line="360"/>
        <source>Stopped: %1</source>
        <translation>Остановлено: %1</translation>
    </message>
    <message>
        <location filename="../../src/models/sweep_model.cpp" line="362"/>
        <source>Filtered out: %1</source>
        <translation>Отсеяно: %1</translation>
    </message>
    <message>
        <location filename="../../src/models/sweep_model.cpp" line="363"/>
        <source>Double-click to open this configuration as the lesson, trained</source>
        <translation>Двойной щелчок открывает эту конфигурацию как урок, уже обученной</translation>
    </message>
    <message>
        <location filename="../../src/models/sweep_model.cpp" line="374"/>
        <source>Accuracy on the training samples after the last epoch</source>
        <translation>Точность на обучающих выборках после последней эпохи</translation>
    </message>
    <message>
        <location filename="../../src/models/sweep_model.cpp" line="375"/>
        <source>Accuracy on the held-out test samples</source>
        <translation>Точность на отложенных тестовых выборках</translation>
    </message>
    <message>
        <location filename="../../src/models/sweep_model.cpp" line="376"/>
        <source>The last epoch&apos;s loss</source>
        <translation>Потери последней эпохи</translation>
    </message>
    <message>
        <location filename="../../src/models/sweep_model.cpp" line="377"/>
        <source>The loss on the held-out test samples</source>
        <translation>Потери на отложенных тестовых выборках</translation>
    </message>
    <message>
        <location filename="../../src/models/sweep_model.cpp" line="378"/>
        <source>Epochs trained (fewer when training stopped early)</source>
        <translation>Обученные эпохи (меньше, если обучение остановилось раньше)</translation>
    </message>
    <message>
        <location filename="../../src/models/sweep_model.cpp" line="379"/>
        <source>Training time to reach these epochs</source>
        <translation>Время обучения до этих эпох</translation>
    </message>
    <message>
        <location filename="../../src/models/sweep_model.cpp" line="383"/>
        <source>train acc.</source>
        <translation>точн. обуч.</translation>
    </message>
    <message>
        <location filename="../../src/models/sweep_model.cpp" line="383"/>
        <source>test acc.</source>
        <translation>точн. тест</translation>
    </message>
    <message>
        <location filename="../../src/models/sweep_model.cpp" line="383"/>
        <source>final loss</source>
        <translation>итог. потери</translation>
    </message>
    <message>
        <location filename="../../src/models/sweep_model.cpp" line="384"/>
        <source>test loss</source>
        <translation>потери на тесте</translation>
    </message>
    <message>
        <location filename="../../src/models/sweep_model.cpp" line="384"/>
        <source>epochs</source>
        <translation>эпохи</translation>
    </message>
    <message>
        <location filename="../../src/models/sweep_model.cpp" line="384"/>
        <source>seconds</source>
        <translation>секунды</translation>
    </message>
    <message>
        <location filename="../../src/models/sweep_model.cpp" line="452"/>
        <location filename="../../src/models/sweep_model.cpp" line="460"/>
        <source>No such configuration</source>
        <translation>Нет такой конфигурации</translation>
    </message>
</context>
<context>
    <name>backstep::SweepPanel</name>
    <message>
        <location filename="../../src/ui/sweep_panel.cpp" line="103"/>
        <source>Training and testing…</source>
        <translation>Обучение и проверка…</translation>
    </message>
    <message>
        <location filename="../../src/ui/sweep_panel.cpp" line="109"/>
        <source>%1 % right (%2 of %3 fresh samples, seed %4)</source>
        <translation>верно %1 % (%2 из %3 новых выборок, зерно %4)</translation>
    </message>
    <message>
        <location filename="../../src/ui/sweep_panel.cpp" line="275"/>
        <source>lesson: %1</source>
        <translation>урок: %1</translation>
    </message>
    <message>
        <location filename="../../src/ui/sweep_panel.cpp" line="164"/>
        <source>Hidden units, e.g. 1, 2, 3, 4, 5, 10, 50, or layers as 8x4</source>
        <translation>Скрытые нейроны, например 1, 2, 3, 4, 5, 10, 50, или слои как 8x4</translation>
    </message>
    <message>
        <location filename="../../src/ui/sweep_panel.cpp" line="165"/>
        <source>tanh, sigmoid, relu, …</source>
        <translation>tanh, sigmoid, relu, …</translation>
    </message>
    <message>
        <location filename="../../src/ui/sweep_panel.cpp" line="166"/>
        <source>sigmoid, softmax, identity, …</source>
        <translation>sigmoid, softmax, identity, …</translation>
    </message>
    <message>
        <location filename="../../src/ui/sweep_panel.cpp" line="167"/>
        <source>e.g. 1.2, 0.6, 0.1, 0.01, 0.001</source>
        <translation>например 1.2, 0.6, 0.1, 0.01, 0.001</translation>
    </message>
    <message>
        <location filename="../../src/ui/sweep_panel.cpp" line="168"/>
        <source>Epoch counts; they share one training run, read at each count</source>
        <translation>Числа эпох; они делят одно обучение, считываемое на каждом числе</translation>
    </message>
    <message>
        <location filename="../../src/ui/sweep_panel.cpp" line="169"/>
        <source>full, sgd or a batch size</source>
        <translation>full, sgd или размер пакета</translation>
    </message>
    <message>
        <location filename="../../src/ui/sweep_panel.cpp" line="170"/>
        <source>mean or sum</source>
        <translation>mean или sum</translation>
    </message>
    <message>
        <location filename="../../src/ui/sweep_panel.cpp" line="171"/>
        <source>sgd, momentum, adam, …</source>
        <translation>sgd, momentum, adam, …</translation>
    </message>
    <message>
        <location filename="../../src/ui/sweep_panel.cpp" line="172"/>
        <source>numbers ≥ 0</source>
        <translation>числа ≥ 0</translation>
    </message>
    <message>
        <location filename="../../src/ui/sweep_panel.cpp" line="173"/>
        <source>drop probabilities, 0 ≤ p &lt; 1</source>
        <translation>вероятности отбрасывания, 0 ≤ p &lt; 1</translation>
    </message>
    <message>
        <location filename="../../src/ui/sweep_panel.cpp" line="174"/>
        <source>samples drawn by the lesson&apos;s generator</source>
        <translation>число выборок генератора урока</translation>
    </message>
    <message>
        <location filename="../../src/ui/sweep_panel.cpp" line="175"/>
        <source>the generator&apos;s noise</source>
        <translation>шум генератора</translation>
    </message>
    <message>
        <location filename="../../src/ui/sweep_panel.cpp" line="176"/>
        <source>the generator&apos;s seed</source>
        <translation>зерно генератора</translation>
    </message>
    <message>
        <location filename="../../src/ui/sweep_panel.cpp" line="192"/>
        <source>seconds</source>
        <translation>секунды</translation>
    </message>
    <message>
        <location filename="../../src/ui/sweep_panel.cpp" line="192"/>
        <location filename="../../src/ui/sweep_panel.cpp" line="193"/>
        <source>test accuracy (%)</source>
        <translation>точность на тесте (%)</translation>
    </message>
    <message>
        <location filename="../../src/ui/sweep_panel.cpp" line="193"/>
        <source>train accuracy (%)</source>
        <translation>точность на обучении (%)</translation>
    </message>
    <message>
        <location filename="../../src/ui/sweep_panel.cpp" line="199"/>
        <source>filtered out</source>
        <translation>отсеяно</translation>
    </message>
    <message>
        <location filename="../../src/ui/sweep_panel.cpp" line="205"/>
        <source>passes the filters</source>
        <translation>проходит фильтры</translation>
    </message>
    <message>
        <location filename="../../src/ui/sweep_panel.cpp" line="228"/>
        <source>Green: the configurations that pass the filters; grey: the others</source>
        <translation>Зелёные — конфигурации, прошедшие фильтры; серые — остальные</translation>
    </message>
    <message>
        <location filename="../../src/ui/sweep_panel.cpp" line="286"/>
        <source>Configurations: %1 · training runs: %2</source>
        <translation>Конфигураций: %1 · обучений: %2</translation>
    </message>
    <message>
        <location filename="../../src/ui/sweep_panel.cpp" line="322"/>
        <source>%1 of %2 pass the filters</source>
        <translation>Фильтры проходят %1 из %2</translation>
    </message>
    <message>
        <location filename="../../src/ui/sweep_panel.cpp" line="331"/>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <location filename="../../src/ui/sweep_panel.cpp" line="334"/>
        <source>test accuracy %1 %</source>
        <translation>точность на тесте %1 %</translation>
    </message>
    <message>
        <location filename="../../src/ui/sweep_panel.cpp" line="336"/>
        <source>%1 · fastest: %2 (%3)</source>
        <translation>%1 · самая быстрая: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../src/ui/sweep_panel.cpp" line="394"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/ui/sweep_panel.cpp" line="396"/>
        <source>Export sweep results</source>
        <translation>Экспорт результатов перебора</translation>
    </message>
    <message>
        <location filename="../../src/ui/sweep_panel.cpp" line="401"/>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
</context>
<context>
    <name>backstep::Tour</name>
    <message>
        <location filename="../../src/ui/tour.cpp" line="53"/>
        <source>Close tour</source>
        <translation>Закрыть обзор</translation>
    </message>
    <message>
        <location filename="../../src/ui/tour.cpp" line="55"/>
        <source>End the tour; Help → Tour of the window shows it again (Esc)</source>
        <translation>Завершить обзор; Справка → Обзор окна покажет его снова (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/ui/tour.cpp" line="56"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../src/ui/tour.cpp" line="58"/>
        <source>The previous part (←)</source>
        <translation>Предыдущая часть (←)</translation>
    </message>
    <message>
        <location filename="../../src/ui/tour.cpp" line="61"/>
        <source>The next part (→)</source>
        <translation>Следующая часть (→)</translation>
    </message>
    <message>
        <location filename="../../src/ui/tour.cpp" line="99"/>
        <source>Tour of the window · %1 of %2</source>
        <translation>Обзор окна · %1 из %2</translation>
    </message>
    <message>
        <location filename="../../src/ui/tour.cpp" line="103"/>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <location filename="../../src/ui/tour.cpp" line="103"/>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
</context>
<context>
    <name>backstep::WindowZoom</name>
    <message>
        <location filename="../../src/ui/window_zoom.cpp" line="126"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_zoom.cpp" line="126"/>
        <source>Larger cells, steps and charts (for a projector)</source>
        <translation>Крупнее ячейки, шаги и графики (для проектора)</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_zoom.cpp" line="127"/>
        <source>Zoom &amp;out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_zoom.cpp" line="127"/>
        <source>Smaller cells, steps and charts</source>
        <translation>Мельче ячейки, шаги и графики</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_zoom.cpp" line="128"/>
        <source>&amp;Actual size</source>
        <translation>&amp;Обычный размер</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_zoom.cpp" line="128"/>
        <source>Back to 100 %</source>
        <translation>Вернуться к 100 %</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_zoom.cpp" line="129"/>
        <source>&amp;Presentation mode</source>
        <translation>Режим &amp;презентации</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_zoom.cpp" line="130"/>
        <source>Full screen with larger type, for a projector; Esc leaves it</source>
        <translation>Во весь экран и крупнее шрифт, для проектора; Esc — выход</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_zoom.cpp" line="131"/>
        <source>Leave presentation mode</source>
        <translation>Выйти из режима презентации</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_zoom.cpp" line="133"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_zoom.cpp" line="134"/>
        <source>Zoom: Ctrl+= larger, Ctrl+− smaller, Ctrl+0 actual size; F11 presentation mode</source>
        <translation>Масштаб: Ctrl+= крупнее, Ctrl+− мельче, Ctrl+0 обычный размер; F11 — режим презентации</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_zoom.cpp" line="137"/>
        <location filename="../../src/ui/window_zoom.cpp" line="224"/>
        <source>&amp;Zoom (%1 %)</source>
        <translation>&amp;Масштаб (%1 %)</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_zoom.cpp" line="196"/>
        <source>Presentation · %1 %</source>
        <translation>Презентация · %1 %</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_zoom.cpp" line="196"/>
        <source>Zoom %1 %</source>
        <translation>Масштаб %1 %</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../src/app/main.cpp" line="52"/>
        <source>Step through how a neural network learns.</source>
        <translation>Пошагово посмотрите, как учится нейронная сеть.</translation>
    </message>
    <message>
        <location filename="../../src/app/main.cpp" line="57"/>
        <source>Lesson file to open (default: the last one, or the three-sample lesson).</source>
        <translation>Файл урока для открытия (по умолчанию: последний открытый или урок с тремя примерами).</translation>
    </message>
    <message>
        <location filename="../../src/app/main.cpp" line="62"/>
        <source>Open at iteration K (1-based).</source>
        <translation>Открыть на итерации K (счёт с 1).</translation>
    </message>
    <message>
        <location filename="../../src/app/main.cpp" line="64"/>
        <source>Open at step S (1–12).</source>
        <translation>Открыть на шаге S (1–12).</translation>
    </message>
    <message>
        <location filename="../../src/app/main.cpp" line="68"/>
        <source>Render the window at 1400×900 to a PNG file and exit.</source>
        <translation>Отрисовать окно размером 1400×900 в PNG-файл и выйти.</translation>
    </message>
    <message>
        <location filename="../../src/app/main.cpp" line="72"/>
        <source>With --screenshot: the window&apos;s size instead (e.g. 1280x800).</source>
        <translation>С --screenshot: другой размер окна (например, 1280x800).</translation>
    </message>
    <message>
        <location filename="../../src/app/main.cpp" line="77"/>
        <source>Start practice mode as the student NAME.</source>
        <translation>Начать практику от имени ученика NAME.</translation>
    </message>
    <message>
        <location filename="../../src/app/main.cpp" line="81"/>
        <source>In practice mode, type these answers into the focused cells in turn (separated by &apos;;&apos;, &apos;?&apos; for a hint).</source>
        <translation>В режиме практики ввести эти ответы по очереди в выделенные ячейки (через «;», «?» — подсказка).</translation>
    </message>
    <message>
        <location filename="../../src/app/main.cpp" line="86"/>
        <source>Do not show the tour of the window on the first start (nor does --screenshot, or BACKSTEP_NO_TOUR=1).</source>
        <translation>Не показывать обзор окна при первом запуске (его не показывают и --screenshot или BACKSTEP_NO_TOUR=1).</translation>
    </message>
</context>
</TS>
