<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AnimationDialog</name>
    <message>
        <location filename="../../ui/animation_dialog.ui" line="10"/>
        <source>Export animation</source>
        <translation>导出动画</translation>
    </message>
    <message>
        <location filename="../../ui/animation_dialog.ui" line="16"/>
        <source>Trains the lesson from its initial weights and records the training as an animated GIF, one frame every few epochs.</source>
        <translation>从课程的初始权重开始训练，并把训练过程录制为 GIF 动画，每隔几轮一帧。</translation>
    </message>
    <message>
        <location filename="../../ui/animation_dialog.ui" line="28"/>
        <source>&amp;Epochs:</source>
        <translation>轮数(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../ui/animation_dialog.ui" line="38"/>
        <source>How many epochs to train (from the lesson&apos;s initial weights)</source>
        <translation>训练多少轮（从课程的初始权重开始）</translation>
    </message>
    <message>
        <location filename="../../ui/animation_dialog.ui" line="51"/>
        <source>A frame &amp;every:</source>
        <translation>每隔(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../../ui/animation_dialog.ui" line="61"/>
        <source>Frames show epoch 0 (the initial weights), then every this many epochs, and the last epoch</source>
        <translation>各帧显示第 0 轮（初始权重），然后每隔这么多轮一帧，以及最后一轮</translation>
    </message>
    <message>
        <location filename="../../ui/animation_dialog.ui" line="64"/>
        <source> epoch(s)</source>
        <translation> 轮一帧</translation>
    </message>
    <message>
        <location filename="../../ui/animation_dialog.ui" line="77"/>
        <source>Frame &amp;size:</source>
        <translation>帧尺寸(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/animation_dialog.ui" line="89"/>
        <source>Width of a frame in pixels</source>
        <translation>帧的宽度（像素）</translation>
    </message>
    <message>
        <location filename="../../ui/animation_dialog.ui" line="92"/>
        <location filename="../../ui/animation_dialog.ui" line="109"/>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <location filename="../../ui/animation_dialog.ui" line="99"/>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <location filename="../../ui/animation_dialog.ui" line="106"/>
        <source>Height of a frame in pixels</source>
        <translation>帧的高度（像素）</translation>
    </message>
</context>
<context>
    <name>AnimationText</name>
    <message>
        <location filename="../../src/render/animation.cpp" line="53"/>
        <source>--size %1x%2: frames are from %3x%4 to %5x%6 pixels</source>
        <translation>--size %1x%2：帧尺寸应在 %3x%4 到 %5x%6 像素之间</translation>
    </message>
    <message>
        <location filename="../../src/render/animation.cpp" line="63"/>
        <source>--frames %1: %2 epochs would make %3 frames, at most %4 are allowed; use --frames %5 or more</source>
        <translation>--frames %1：%2 轮会产生 %3 帧，最多允许 %4 帧；请使用 --frames %5 或更大的值</translation>
    </message>
    <message>
        <location filename="../../src/render/animation.cpp" line="72"/>
        <source>%1 frames of %2x%3 are %4 million pixels, at most %5 million fit in memory; use a larger --frames or a smaller --size</source>
        <translation>%1 帧 %2x%3 共 %4 百万像素，内存最多容纳 %5 百万；请使用更大的 --frames 或更小的 --size</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../src/cli/animate_command.cpp" line="35"/>
        <location filename="../../src/cli/commands.cpp" line="84"/>
        <source>Epochs to train (default: the lesson&apos;s).</source>
        <translation>训练的轮数（默认：课程中的轮数）。</translation>
    </message>
    <message>
        <location filename="../../src/cli/animate_command.cpp" line="39"/>
        <source>A frame every F epochs: epoch 0 (the initial weights), F, 2F, … and the last epoch (default 1: every epoch).</source>
        <translation>每 F 轮一帧：第 0 轮（初始权重）、F、2F、……以及最后一轮（默认 1：每轮一帧）。</translation>
    </message>
    <message>
        <location filename="../../src/cli/animate_command.cpp" line="44"/>
        <source>Frame size in pixels, WxH (default 1200x450; from %1x%2 to %3x%4).</source>
        <translation>帧尺寸（像素），宽x高（默认 1200x450；从 %1x%2 到 %3x%4）。</translation>
    </message>
    <message>
        <location filename="../../src/cli/animate_command.cpp" line="52"/>
        <source>The two units of the first hidden layer whose plane the hidden panels show, 1-based (default 1,2).</source>
        <translation>隐藏层面板所显示平面对应的第一个隐藏层的两个单元，从 1 开始编号（默认 1,2）。</translation>
    </message>
    <message>
        <location filename="../../src/cli/animate_command.cpp" line="55"/>
        <source>The animated GIF to write.</source>
        <translation>要写入的 GIF 动画。</translation>
    </message>
    <message>
        <location filename="../../src/cli/animate_command.cpp" line="61"/>
        <source>Train a lesson and record it as an animated GIF: with two inputs the input space and the hidden space before and after the activation, else the loss and the network; each frame titled with its epoch, accuracy and loss.</source>
        <translation>训练课程并录制为 GIF 动画：有两个输入时显示输入空间以及激活前后的隐藏空间，否则显示损失和网络；每帧标题注明轮次、准确率和损失。</translation>
    </message>
    <message>
        <location filename="../../src/cli/animate_command.cpp" line="68"/>
        <source>animate: --out FILE.gif is required (see --help)</source>
        <translation>animate：必须给出 --out FILE.gif（见 --help）</translation>
    </message>
    <message>
        <location filename="../../src/cli/animate_command.cpp" line="75"/>
        <source>--size: expected WIDTHxHEIGHT in pixels such as 1200x450, got &quot;%1&quot;</source>
        <translation>--size：应为以像素计的 宽x高，如 1200x450，实际为“%1”</translation>
    </message>
    <message>
        <location filename="../../src/cli/animate_command.cpp" line="99"/>
        <source>--units: the first hidden layer has %1 unit(s); the hidden panels need two</source>
        <translation>--units：第一个隐藏层只有 %1 个单元；隐藏层面板需要两个</translation>
    </message>
    <message>
        <location filename="../../src/cli/animate_command.cpp" line="102"/>
        <source>--units %1: expected two different units from 1 to %2, such as 1,2</source>
        <translation>--units %1：应为 1 到 %2 之间的两个不同单元，如 1,2</translation>
    </message>
    <message>
        <location filename="../../src/cli/animate_command.cpp" line="119"/>
        <source>--out %1: the folder %2 is not writable; choose another place</source>
        <translation>--out %1：文件夹 %2 不可写；请换个位置</translation>
    </message>
    <message>
        <location filename="../../src/cli/animate_command.cpp" line="121"/>
        <source>--out %1: the folder %2 does not exist; choose another place</source>
        <translation>--out %1：文件夹 %2 不存在；请换个位置</translation>
    </message>
    <message>
        <location filename="../../src/cli/animate_command.cpp" line="142"/>
        <source>animate: interrupted; %1 not written</source>
        <translation>animate：已中断；未写入 %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/animate_command.cpp" line="150"/>
        <source>stopped: the loss reached stop_at_loss at epoch %1
</source>
        <translation>已停止：第 %1 轮时损失达到 stop_at_loss
</translation>
    </message>
    <message>
        <location filename="../../src/cli/animate_command.cpp" line="153"/>
        <source>warning: %1 — the animation ends at epoch %2</source>
        <translation>警告：%1——动画在第 %2 轮结束</translation>
    </message>
    <message>
        <location filename="../../src/cli/animate_command.cpp" line="160"/>
        <source>%1: %2 frames of %3x%4 (epochs 0 to %5), %6 bytes, %7 s
</source>
        <translation>%1：%2 帧，%3x%4（第 0 到 %5 轮），%6 字节，%7 秒
</translation>
    </message>
    <message>
        <location filename="../../src/cli/command_support.cpp" line="34"/>
        <source>Lesson file (.json); the three-sample default when omitted.</source>
        <translation>课程文件（.json）；省略时使用默认的三样本课程。</translation>
    </message>
    <message>
        <location filename="../../src/cli/command_support.cpp" line="36"/>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <location filename="../../src/cli/command_support.cpp" line="39"/>
        <source> (see --help)</source>
        <translation>（见 --help）</translation>
    </message>
    <message>
        <location filename="../../src/cli/command_support.cpp" line="49"/>
        <source>expected one lesson file, got %1 (see --help)</source>
        <translation>应给出一个课程文件，实际为 %1 个（见 --help）</translation>
    </message>
    <message>
        <location filename="../../src/cli/command_support.cpp" line="63"/>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <location filename="../../src/cli/command_support.cpp" line="76"/>
        <source>--%1: expected a whole number from 1 to %2, got &quot;%3&quot;</source>
        <translation>--%1：应为 1 到 %2 之间的整数，实际为“%3”</translation>
    </message>
    <message>
        <location filename="../../src/cli/command_support.cpp" line="103"/>
        <source>%1 — before iteration %2 could be %3</source>
        <translation>%1——第 %2 次迭代未能%3</translation>
    </message>
    <message>
        <location filename="../../src/cli/commands.cpp" line="37"/>
        <source>Validate a lesson and print a summary, or its errors (exit code 2).</source>
        <translation>检查课程并打印摘要，或打印其错误（退出码 2）。</translation>
    </message>
    <message>
        <location filename="../../src/cli/commands.cpp" line="49"/>
        <source>Iteration to trace, 1-based (default 1).</source>
        <translation>要追踪的迭代，从 1 开始（默认 1）。</translation>
    </message>
    <message>
        <location filename="../../src/cli/commands.cpp" line="52"/>
        <source>Folder for one CSV per matrix (X.csv, wh.csv, …).</source>
        <translation>每个矩阵一个 CSV 文件的输出文件夹（X.csv、wh.csv、……）。</translation>
    </message>
    <message>
        <location filename="../../src/cli/commands.cpp" line="55"/>
        <source>Do not print the trace.</source>
        <translation>不打印追踪结果。</translation>
    </message>
    <message>
        <location filename="../../src/cli/commands.cpp" line="58"/>
        <source>Write the 12-step trace of one iteration.</source>
        <translation>写出一次迭代的 12 步追踪结果。</translation>
    </message>
    <message>
        <location filename="../../src/cli/commands.cpp" line="67"/>
        <source>traced</source>
        <translation>被追踪</translation>
    </message>
    <message>
        <location filename="../../src/cli/commands.cpp" line="87"/>
        <source>Write the loss (and accuracy) per epoch to FILE.</source>
        <translation>把每轮的损失（和准确率）写入 FILE。</translation>
    </message>
    <message>
        <location filename="../../src/cli/commands.cpp" line="91"/>
        <source>Folder for the final weights (wh.csv, bh.csv, wout.csv, bout.csv).</source>
        <translation>最终权重的输出文件夹（wh.csv、bh.csv、wout.csv、bout.csv）。</translation>
    </message>
    <message>
        <location filename="../../src/cli/commands.cpp" line="95"/>
        <source>Threads to train with (default: every core, at most 4; 1 for one).</source>
        <translation>训练使用的线程数（默认：每个核心一个，最多 4 个；1 为单线程）。</translation>
    </message>
    <message>
        <location filename="../../src/cli/commands.cpp" line="99"/>
        <source>Train a lesson and report the loss.</source>
        <translation>训练课程并报告损失。</translation>
    </message>
    <message>
        <location filename="../../src/cli/commands.cpp" line="126"/>
        <source>epochs:</source>
        <translation>轮数：</translation>
    </message>
    <message>
        <location filename="../../src/cli/commands.cpp" line="128"/>
        <source>time:</source>
        <translation>用时：</translation>
    </message>
    <message>
        <location filename="../../src/cli/commands.cpp" line="129"/>
        <source>%1 s (%2)</source>
        <translation>%1 秒（%2）</translation>
    </message>
    <message>
        <location filename="../../src/cli/commands.cpp" line="135"/>
        <source>threads:</source>
        <translation>线程：</translation>
    </message>
    <message>
        <location filename="../../src/cli/commands.cpp" line="142"/>
        <source>final loss:</source>
        <translation>最终损失：</translation>
    </message>
    <message>
        <location filename="../../src/cli/commands.cpp" line="145"/>
        <source>stopped:</source>
        <translation>已停止：</translation>
    </message>
    <message>
        <location filename="../../src/cli/commands.cpp" line="145"/>
        <source>the loss reached stop_at_loss (%1) at epoch %2</source>
        <translation>第 %2 轮时损失达到 stop_at_loss（%1）</translation>
    </message>
    <message>
        <location filename="../../src/cli/commands.cpp" line="150"/>
        <source>accuracy:</source>
        <translation>准确率：</translation>
    </message>
    <message>
        <location filename="../../src/cli/commands.cpp" line="152"/>
        <source>test loss:</source>
        <translation>测试损失：</translation>
    </message>
    <message>
        <location filename="../../src/cli/commands.cpp" line="154"/>
        <source>test accuracy:</source>
        <translation>测试准确率：</translation>
    </message>
    <message>
        <location filename="../../src/cli/commands.cpp" line="132"/>
        <source>%1 epochs/s</source>
        <translation>每秒 %1 轮</translation>
    </message>
    <message>
        <location filename="../../src/cli/commands.cpp" line="133"/>
        <source>%1 s per epoch</source>
        <translation>每轮 %1 秒</translation>
    </message>
    <message>
        <location filename="../../src/cli/commands.cpp" line="136"/>
        <source>%1 (a helper thread took part in %2 of %3 passes over a batch big enough to share)</source>
        <translation>%1（在 %3 次批量大到可以分担的计算中，辅助线程参与了 %2 次）</translation>
    </message>
    <message>
        <location filename="../../src/cli/commands.cpp" line="185"/>
        <source>Compare backprop&apos;s updates with −lr·∂L/∂θ from central finite differences.</source>
        <translation>把反向传播的更新与用中心有限差分求出的 −lr·∂L/∂θ 相比较。</translation>
    </message>
    <message>
        <location filename="../../src/cli/commands.cpp" line="196"/>
        <source>Gradient check of iteration 1 (%1 samples), loss %2
</source>
        <translation>第 1 次迭代的梯度检验（%1 个样本），损失 %2
</translation>
    </message>
    <message>
        <location filename="../../src/cli/handout_command.cpp" line="18"/>
        <source>Iteration, 1-based (default 1).</source>
        <translation>迭代，从 1 开始（默认 1）。</translation>
    </message>
    <message>
        <location filename="../../src/cli/handout_command.cpp" line="22"/>
        <source>The step of the worksheet, 1-12 (default 3, the first that computes).</source>
        <translation>练习单的步骤，1-12（默认 3，即第一个有计算的步骤）。</translation>
    </message>
    <message>
        <location filename="../../src/cli/handout_command.cpp" line="25"/>
        <source>All 12 steps, each on a page or more.</source>
        <translation>全部 12 个步骤，每步一页或多页。</translation>
    </message>
    <message>
        <location filename="../../src/cli/handout_command.cpp" line="27"/>
        <source>The answer key: the computed cells filled in.</source>
        <translation>答案：计算出的单元格已填好。</translation>
    </message>
    <message>
        <location filename="../../src/cli/handout_command.cpp" line="29"/>
        <source>a4 (default) or letter.</source>
        <translation>a4（默认）或 letter。</translation>
    </message>
    <message>
        <location filename="../../src/cli/handout_command.cpp" line="31"/>
        <source>Digits after the point, %1-%2 (default 4).</source>
        <translation>小数位数，%1-%2（默认 4）。</translation>
    </message>
    <message>
        <location filename="../../src/cli/handout_command.cpp" line="37"/>
        <source>The student&apos;s own initial weights, as practice mode draws them for NAME.</source>
        <translation>学生自己的初始权重，与练习模式为 NAME 抽取的相同。</translation>
    </message>
    <message>
        <location filename="../../src/cli/handout_command.cpp" line="39"/>
        <source>The PDF to write.</source>
        <translation>要写入的 PDF。</translation>
    </message>
    <message>
        <location filename="../../src/cli/handout_command.cpp" line="45"/>
        <source>Write a printable worksheet of one step (or all steps) of an iteration, or with --answers its answer key.</source>
        <translation>写出一次迭代中某一步（或全部步骤）的可打印练习单，使用 --answers 时写出答案。</translation>
    </message>
    <message>
        <location filename="../../src/cli/handout_command.cpp" line="50"/>
        <source>handout: --out FILE.pdf is required (see --help)</source>
        <translation>handout：必须给出 --out FILE.pdf（见 --help）</translation>
    </message>
    <message>
        <location filename="../../src/cli/handout_command.cpp" line="54"/>
        <source>handout: give --step S or --all, not both</source>
        <translation>handout：请给出 --step S 或 --all，不要两者都给</translation>
    </message>
    <message>
        <location filename="../../src/cli/handout_command.cpp" line="63"/>
        <source>--paper: expected a4 or letter, got &quot;%1&quot;</source>
        <translation>--paper：应为 a4 或 letter，实际为“%1”</translation>
    </message>
    <message>
        <location filename="../../src/cli/handout_command.cpp" line="73"/>
        <source>--decimals: expected a whole number from %1 to %2, got &quot;%3&quot;</source>
        <translation>--decimals：应为 %1 到 %2 之间的整数，实际为“%3”</translation>
    </message>
    <message>
        <location filename="../../src/cli/handout_command.cpp" line="83"/>
        <source>--variant: give the student&apos;s name</source>
        <translation>--variant：请给出学生的名字</translation>
    </message>
    <message>
        <location filename="../../src/cli/handout_command.cpp" line="94"/>
        <source>printed</source>
        <translation>被打印</translation>
    </message>
    <message>
        <location filename="../../src/cli/handout_command.cpp" line="100"/>
        <source>%1 · variant of %2</source>
        <translation>%1 · %2 的版本</translation>
    </message>
    <message>
        <location filename="../../src/cli/handout_command.cpp" line="112"/>
        <source>%1: %2 pages, %3 bytes
</source>
        <translation>%1：%2 页，%3 字节
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
        <translation>用法：backstep-cli 命令 [LESSON] [选项]

命令：
  check LESSON                                   检查课程；打印摘要或错误（退出码 2）
  trace LESSON [--iteration K] --out DIR         写出第 K 次迭代（从 1 开始）的 12 步追踪结果
  train LESSON [--epochs N] [--loss-csv FILE] [--out DIR]   训练；DIR 中写入最终权重
  gradcheck LESSON                               反向传播的更新与中心有限差分相比较
  workbook LESSON [--iteration K] [--iterations N] [--step S] --out FILE.xlsx
                                                 活的工作簿：每个计算出的单元格都是公式
  handout LESSON [--iteration K] [--step S | --all] [--answers] [--paper a4|letter]
          [--decimals D] --out FILE.pdf          可打印的练习单或其答案
  sweep LESSON --grid KEY=V1,V2,… [--grid …] [--jobs N] --out FILE.csv
                                                 训练每一种组合；每种一行 CSV
  animate LESSON [--epochs N] [--frames F] [--size WxH] [--units A,B] --out FILE.gif
                                                 把训练过程录成 GIF 动画，每 F 轮一帧

不给出 LESSON 时使用教程中的三样本课程。
运行 &apos;backstep-cli 命令 --help&apos; 查看某个命令的选项。
退出码：0 成功，2 输入无效，1 其他失败，130 被中断。
</translation>
    </message>
    <message>
        <location filename="../../src/cli/main.cpp" line="121"/>
        <source>%1: out of memory; use a smaller lesson (fewer samples or units)</source>
        <translation>%1：内存不足；请使用更小的课程（更少的样本或单元）</translation>
    </message>
    <message>
        <location filename="../../src/cli/main.cpp" line="134"/>
        <source>unknown command &quot;%1&quot;; use check, trace, train, gradcheck, workbook, sweep, handout or animate (see --help)</source>
        <translation>未知的命令“%1”；请使用 check、trace、train、gradcheck、workbook、sweep、handout 或 animate（见 --help）</translation>
    </message>
    <message>
        <location filename="../../src/cli/progress_line.cpp" line="20"/>
        <source>epoch %1/%2  loss %3  %4 epochs/s</source>
        <translation>第 %1/%2 轮  损失 %3  每秒 %4 轮</translation>
    </message>
    <message>
        <location filename="../../src/cli/sweep_command.cpp" line="38"/>
        <source>Values of one setting, KEY=V1,V2,… (repeat for more keys). Keys: %1.</source>
        <translation>一项设置的取值，KEY=V1,V2,…（多个键请重复此选项）。可用的键：%1。</translation>
    </message>
    <message>
        <location filename="../../src/cli/sweep_command.cpp" line="42"/>
        <source>Configurations trained at once (default: one per core).</source>
        <translation>同时训练的配置数（默认：每个核心一个）。</translation>
    </message>
    <message>
        <location filename="../../src/cli/sweep_command.cpp" line="45"/>
        <source>The results, one CSV row per configuration.</source>
        <translation>结果，每个配置一行 CSV。</translation>
    </message>
    <message>
        <location filename="../../src/cli/sweep_command.cpp" line="49"/>
        <source>Train a lesson over a grid of settings.</source>
        <translation>在一组设置网格上训练课程。</translation>
    </message>
    <message>
        <location filename="../../src/cli/sweep_command.cpp" line="53"/>
        <source>sweep needs --grid KEY=V1,V2,… and --out FILE (see --help)</source>
        <translation>sweep 需要 --grid KEY=V1,V2,… 和 --out FILE（见 --help）</translation>
    </message>
    <message>
        <location filename="../../src/cli/sweep_command.cpp" line="68"/>
        <source>--grid %1: the key is given twice</source>
        <translation>--grid %1：这个键给了两次</translation>
    </message>
    <message>
        <location filename="../../src/cli/sweep_command.cpp" line="97"/>
        <source>sweep: %1/%2 configurations, %3 s</source>
        <translation>扫描：%1/%2 个配置，%3 秒</translation>
    </message>
    <message>
        <location filename="../../src/cli/sweep_command.cpp" line="124"/>
        <source>interrupted: %1 of %2 configurations finished and written to %3</source>
        <translation>已中断：%2 个配置中有 %1 个已完成并写入 %3</translation>
    </message>
    <message>
        <location filename="../../src/cli/sweep_command.cpp" line="130"/>
        <source>%1 configurations (%2 training runs) in %3 s on %4 threads: %5
</source>
        <translation>%1 个配置（%2 次训练），用时 %3 秒，%4 个线程：%5
</translation>
    </message>
    <message>
        <location filename="../../src/cli/text_report.cpp" line="36"/>
        <source>full batch</source>
        <translation>全批量</translation>
    </message>
    <message>
        <location filename="../../src/cli/text_report.cpp" line="40"/>
        <source>mini-batch %1</source>
        <translation>小批量 %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/text_report.cpp" line="54"/>
        <source>weight decay %1</source>
        <translation>权重衰减 %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/text_report.cpp" line="56"/>
        <source>learning rate ×%1 every %2 epochs</source>
        <translation>学习率每 %2 轮 ×%1</translation>
    </message>
    <message>
        <location filename="../../src/cli/text_report.cpp" line="67"/>
        <source>generator %1 (noise %2, seed %3)</source>
        <translation>生成器 %1（噪声 %2，种子 %3）</translation>
    </message>
    <message>
        <location filename="../../src/cli/text_report.cpp" line="72"/>
        <source>csv %1</source>
        <translation>csv %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/text_report.cpp" line="74"/>
        <source>dataset %1 (the first %2 training and %3 test samples)</source>
        <translation>数据集 %1（前 %2 个训练样本和 %3 个测试样本）</translation>
    </message>
    <message>
        <location filename="../../src/cli/text_report.cpp" line="100"/>
        <source>            … %1 more rows
</source>
        <translation>            ……另有 %1 行
</translation>
    </message>
    <message>
        <location filename="../../src/cli/text_report.cpp" line="133"/>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <location filename="../../src/cli/text_report.cpp" line="140"/>
        <source>, classification</source>
        <translation>，分类</translation>
    </message>
    <message>
        <location filename="../../src/cli/text_report.cpp" line="146"/>
        <source>standardised</source>
        <translation>已标准化</translation>
    </message>
    <message>
        <location filename="../../src/cli/text_report.cpp" line="147"/>
        <source>min–max scaled</source>
        <translation>已按最小–最大值缩放</translation>
    </message>
    <message>
        <location filename="../../src/cli/text_report.cpp" line="156"/>
        <source>, biases frozen</source>
        <translation>，偏置冻结</translation>
    </message>
    <message>
        <location filename="../../src/cli/text_report.cpp" line="157"/>
        <source>mean over the batch</source>
        <translation>取批次的平均</translation>
    </message>
    <message>
        <location filename="../../src/cli/text_report.cpp" line="158"/>
        <source>summed</source>
        <translation>求和</translation>
    </message>
    <message>
        <location filename="../../src/cli/text_report.cpp" line="159"/>
        <source>, stop at loss %1</source>
        <translation>，损失达到 %1 时停止</translation>
    </message>
    <message>
        <location filename="../../src/cli/text_report.cpp" line="133"/>
        <source>title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <location filename="../../src/cli/text_report.cpp" line="134"/>
        <source>data:</source>
        <translation>数据：</translation>
    </message>
    <message>
        <location filename="../../src/cli/text_report.cpp" line="135"/>
        <source>%1 samples, %2 inputs, %3 targets (%4)%5</source>
        <translation>%1 个样本，%2 个输入，%3 个目标（%4）%5</translation>
    </message>
    <message>
        <location filename="../../src/cli/text_report.cpp" line="143"/>
        <source>test set:</source>
        <translation>测试集：</translation>
    </message>
    <message>
        <location filename="../../src/cli/text_report.cpp" line="143"/>
        <source>%1 samples held out</source>
        <translation>留出 %1 个样本</translation>
    </message>
    <message>
        <location filename="../../src/cli/text_report.cpp" line="145"/>
        <source>inputs:</source>
        <translation>输入：</translation>
    </message>
    <message>
        <location filename="../../src/cli/text_report.cpp" line="148"/>
        <source>network:</source>
        <translation>网络：</translation>
    </message>
    <message>
        <location filename="../../src/cli/text_report.cpp" line="150"/>
        <source>training:</source>
        <translation>训练：</translation>
    </message>
    <message>
        <location filename="../../src/cli/text_report.cpp" line="151"/>
        <source>loss %1 (%7), %2 (%3 iterations per epoch), learning rate %4, %5 epochs%6%8</source>
        <translation>损失 %1（%7），%2（每轮 %3 次迭代），学习率 %4，%5 轮%6%8</translation>
    </message>
    <message>
        <location filename="../../src/cli/text_report.cpp" line="161"/>
        <source>updates:</source>
        <translation>更新：</translation>
    </message>
    <message>
        <location filename="../../src/cli/text_report.cpp" line="162"/>
        <source>init:</source>
        <translation>初始化：</translation>
    </message>
    <message>
        <location filename="../../src/cli/text_report.cpp" line="163"/>
        <source>explicit matrices</source>
        <translation>明确给出的矩阵</translation>
    </message>
    <message>
        <location filename="../../src/cli/text_report.cpp" line="164"/>
        <source>%1, seed %2</source>
        <translation>%1，种子 %2</translation>
    </message>
    <message>
        <location filename="../../src/cli/text_report.cpp" line="172"/>
        <source>Trace of iteration %1 (%2 samples in the batch); loss before the update %3
</source>
        <translation>第 %1 次迭代的追踪（批次中 %2 个样本）；更新前的损失 %3
</translation>
    </message>
    <message>
        <location filename="../../src/cli/text_report.cpp" line="177"/>
        <source>
== step %1: %2 — %3
</source>
        <translation>
== 第 %1 步：%2 — %3
</translation>
    </message>
    <message>
        <location filename="../../src/cli/text_report.cpp" line="197"/>
        <source>parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../../src/cli/text_report.cpp" line="197"/>
        <source>max error</source>
        <translation>最大误差</translation>
    </message>
    <message>
        <location filename="../../src/cli/text_report.cpp" line="197"/>
        <source>worst cell</source>
        <translation>最差单元格</translation>
    </message>
    <message>
        <location filename="../../src/cli/text_report.cpp" line="198"/>
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../src/cli/text_report.cpp" line="198"/>
        <source>−lr·∂L/∂θ (finite diff.)</source>
        <translation>−lr·∂L/∂θ（有限差分）</translation>
    </message>
    <message>
        <location filename="../../src/cli/text_report.cpp" line="213"/>
        <source>%1 frozen (update_biases: false)
</source>
        <translation>%1 已冻结（update_biases: false）
</translation>
    </message>
    <message>
        <location filename="../../src/cli/text_report.cpp" line="224"/>
        <source>PASS: every update equals −lr·∂L/∂θ within %1
</source>
        <translation>通过：每个更新都在 %1 的误差内等于 −lr·∂L/∂θ
</translation>
    </message>
    <message>
        <location filename="../../src/cli/text_report.cpp" line="225"/>
        <source>FAIL: largest error %1 is above %2
</source>
        <translation>失败：最大误差 %1 超过了 %2
</translation>
    </message>
    <message>
        <location filename="../../src/cli/workbook_command.cpp" line="18"/>
        <source>First iteration, 1-based: the first sheet (default 1).</source>
        <translation>第一次迭代，从 1 开始：即第一张工作表（默认 1）。</translation>
    </message>
    <message>
        <location filename="../../src/cli/workbook_command.cpp" line="21"/>
        <source>Iterations to chain, one sheet each (default 1, at most %1).</source>
        <translation>连续的迭代数，每次一张工作表（默认 1，最多 %1）。</translation>
    </message>
    <message>
        <location filename="../../src/cli/workbook_command.cpp" line="26"/>
        <source>Step whose cells are yellow, their inputs orange (default 12).</source>
        <translation>其单元格标为黄色、输入标为橙色的步骤（默认 12）。</translation>
    </message>
    <message>
        <location filename="../../src/cli/workbook_command.cpp" line="29"/>
        <source>The workbook to write (.xlsx).</source>
        <translation>要写入的工作簿（.xlsx）。</translation>
    </message>
    <message>
        <location filename="../../src/cli/workbook_command.cpp" line="33"/>
        <source>Write a workbook whose every computed cell is a formula of the cells it comes from, one sheet per iteration.</source>
        <translation>写出一个工作簿，其中每个计算出的单元格都是由其来源单元格构成的公式，每次迭代一张工作表。</translation>
    </message>
    <message>
        <location filename="../../src/cli/workbook_command.cpp" line="38"/>
        <source>workbook: --out FILE.xlsx is required (see --help)</source>
        <translation>workbook：必须给出 --out FILE.xlsx（见 --help）</translation>
    </message>
    <message>
        <location filename="../../src/cli/workbook_command.cpp" line="60"/>
        <source>written</source>
        <translation>写出</translation>
    </message>
    <message>
        <location filename="../../src/cli/workbook_command.cpp" line="74"/>
        <source>%1: iterations %2 to %3, %4 bytes, written in %5 s
</source>
        <translation>%1：第 %2 到 %3 次迭代，%4 字节，用时 %5 秒写出
</translation>
    </message>
</context>
<context>
    <name>CoreWording</name>
    <message>
        <location filename="../../src/io/core_wording.cpp" line="11"/>
        <source>hidden_activation %1 is only for the output layer; use sigmoid, tanh, relu, leaky_relu, linear or step</source>
        <translation>hidden_activation %1 只能用于输出层；请使用 sigmoid、tanh、relu、leaky_relu、linear 或 step</translation>
    </message>
    <message>
        <location filename="../../src/io/core_wording.cpp" line="15"/>
        <source>output_activation %1 is not an output activation; use sigmoid, linear or softmax</source>
        <translation>output_activation %1 不是输出层的激活函数；请使用 sigmoid、linear 或 softmax</translation>
    </message>
    <message>
        <location filename="../../src/io/core_wording.cpp" line="19"/>
        <source>softmax needs at least 2 outputs (one per class); use sigmoid for one output</source>
        <translation>softmax 至少需要 2 个输出（每个类别一个）；只有一个输出时请用 sigmoid</translation>
    </message>
    <message>
        <location filename="../../src/io/core_wording.cpp" line="21"/>
        <source>softmax output needs loss cross_entropy</source>
        <translation>softmax 输出需要损失 cross_entropy</translation>
    </message>
    <message>
        <location filename="../../src/io/core_wording.cpp" line="23"/>
        <source>loss cross_entropy needs output_activation softmax</source>
        <translation>损失 cross_entropy 需要 output_activation softmax</translation>
    </message>
    <message>
        <location filename="../../src/io/core_wording.cpp" line="25"/>
        <source>loss bce needs output_activation sigmoid</source>
        <translation>损失 bce 需要 output_activation sigmoid</translation>
    </message>
    <message>
        <location filename="../../src/io/core_wording.cpp" line="33"/>
        <source>loss bce needs targets from 0 to 1</source>
        <translation>损失 bce 要求目标值在 0 到 1 之间</translation>
    </message>
    <message>
        <location filename="../../src/io/core_wording.cpp" line="35"/>
        <source>loss cross_entropy needs each target row to sum to 1 (one-hot: one 1, the rest 0)</source>
        <translation>损失 cross_entropy 要求每一行目标值之和为 1（one-hot：一个 1，其余为 0）</translation>
    </message>
    <message>
        <location filename="../../src/io/core_wording.cpp" line="44"/>
        <source> (the loss&apos;s derivative cancels the output slope)</source>
        <translation>（损失的导数与输出层激活的导数相消）</translation>
    </message>
    <message>
        <location filename="../../src/io/core_wording.cpp" line="46"/>
        <source> (linear: nothing bends)</source>
        <translation>（线性：不做任何弯曲）</translation>
    </message>
    <message>
        <location filename="../../src/io/core_wording.cpp" line="48"/>
        <source> unchanged (update_biases: false)</source>
        <translation> 保持不变（update_biases: false）</translation>
    </message>
    <message>
        <location filename="../../src/io/core_wording.cpp" line="50"/>
        <source> of each layer</source>
        <translation>（每一层）</translation>
    </message>
    <message>
        <location filename="../../src/io/core_wording.cpp" line="52"/>
        <source> likewise</source>
        <translation> 同理</translation>
    </message>
    <message>
        <location filename="../../src/io/core_wording.cpp" line="54"/>
        <source> (no hidden layer)</source>
        <translation>（没有隐藏层）</translation>
    </message>
    <message>
        <location filename="../../src/io/core_wording.cpp" line="56"/>
        <source>  (no hidden layer: steps 3–4 and 9–10 do not exist)</source>
        <translation>（没有隐藏层：第 3–4 步和第 9–10 步不存在）</translation>
    </message>
    <message>
        <location filename="../../src/io/core_wording.cpp" line="70"/>
        <source>training stopped: a non-finite value (NaN or infinity) appeared in %1 at step %2 of epoch %3, iteration %4; try a smaller learning_rate or standardised inputs</source>
        <translation>训练已停止：第 %3 轮第 %4 次迭代的第 %2 步中，%1 出现了非有限值（NaN 或无穷大）；请尝试更小的 learning_rate 或标准化的输入</translation>
    </message>
    <message>
        <location filename="../../src/io/core_wording.cpp" line="82"/>
        <source>about %1 (weights %2, one iteration %3, data %4, test set %5)</source>
        <translation>约 %1（权重 %2，一次迭代 %3，数据 %4，测试集 %5）</translation>
    </message>
</context>
<context>
    <name>CsvImportText</name>
    <message>
        <location filename="../../src/io/csv_import.cpp" line="36"/>
        <source>line %1: %2; skipped</source>
        <translation>第 %1 行：%2；已跳过</translation>
    </message>
    <message>
        <location filename="../../src/io/csv_import.cpp" line="33"/>
        <location filename="../../src/io/csv_import.cpp" line="42"/>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location filename="../../src/io/csv_import.cpp" line="45"/>
        <source>no readable data rows after the header</source>
        <translation>表头之后没有可读的数据行</translation>
    </message>
    <message>
        <location filename="../../src/io/csv_import.cpp" line="71"/>
        <source>column &quot;%1&quot; has more than %2 different words; class labels need fewer classes</source>
        <translation>列“%1”有超过 %2 个不同的词；类别标签需要更少的类别</translation>
    </message>
    <message>
        <location filename="../../src/io/csv_import.cpp" line="132"/>
        <source>choose at least one target column</source>
        <translation>请至少选择一个目标列</translation>
    </message>
    <message>
        <location filename="../../src/io/csv_import.cpp" line="143"/>
        <source>a target column is not in the file</source>
        <translation>有一个目标列不在文件中</translation>
    </message>
    <message>
        <location filename="../../src/io/csv_import.cpp" line="145"/>
        <source>leave at least one column as an input</source>
        <translation>请至少留一列作为输入</translation>
    </message>
    <message>
        <location filename="../../src/io/csv_import.cpp" line="152"/>
        <source>column &quot;%1&quot; holds words, not numbers; only a target column can hold class names</source>
        <translation>列“%1”是文字而不是数字；只有目标列可以包含类别名</translation>
    </message>
    <message>
        <location filename="../../src/io/csv_import.cpp" line="161"/>
        <source>column &quot;%1&quot; names only one class; a classification needs two or more</source>
        <translation>列“%1”只有一个类别；分类至少需要两个类别</translation>
    </message>
    <message>
        <location filename="../../src/io/csv_import.cpp" line="167"/>
        <source>column &quot;%1&quot; holds class names; choose it as the only target column</source>
        <translation>列“%1”包含类别名；请把它选为唯一的目标列</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../../src/io/csv.cpp" line="148"/>
        <source> and </source>
        <translation> 和 </translation>
    </message>
    <message>
        <location filename="../../src/io/csv.cpp" line="194"/>
        <source>the line is longer than %1 MB; is this a CSV file with one row per line?</source>
        <translation>这一行超过 %1 MB；这是每行一条记录的 CSV 文件吗？</translation>
    </message>
    <message>
        <location filename="../../src/io/csv.cpp" line="199"/>
        <source>the text is larger than %1 MB; use a smaller sample</source>
        <translation>文本超过 %1 MB；请使用更小的样本</translation>
    </message>
    <message>
        <location filename="../../src/io/csv.cpp" line="222"/>
        <source>the file is empty; expected a header line of column names</source>
        <translation>文件是空的；应有一行列名作为表头</translation>
    </message>
    <message>
        <location filename="../../src/io/csv.cpp" line="224"/>
        <source>no data rows after the header</source>
        <translation>表头之后没有数据行</translation>
    </message>
    <message>
        <location filename="../../src/io/csv.cpp" line="247"/>
        <source>a quoted field of the header is not closed</source>
        <translation>表头中有一个带引号的字段没有闭合</translation>
    </message>
    <message>
        <location filename="../../src/io/csv.cpp" line="248"/>
        <source>%1 columns is more than the limit of %2</source>
        <translation>%1 列超过了上限 %2</translation>
    </message>
    <message>
        <location filename="../../src/io/csv.cpp" line="274"/>
        <source>twice</source>
        <translation>两次</translation>
    </message>
    <message>
        <location filename="../../src/io/csv.cpp" line="274"/>
        <source>%1 times</source>
        <translation>%1 次</translation>
    </message>
    <message>
        <location filename="../../src/io/csv.cpp" line="277"/>
        <source>column &quot;%1&quot; appears %2 (columns %3); the first is used</source>
        <translation>列“%1”出现了%2（第 %3 列）；使用第一个</translation>
    </message>
    <message>
        <location filename="../../src/io/csv.cpp" line="283"/>
        <source>%1 more column names appear more than once; the first of each is used</source>
        <translation>另有 %1 个列名出现了不止一次；每个都使用第一个</translation>
    </message>
    <message>
        <location filename="../../src/io/csv.cpp" line="332"/>
        <source>a quoted field is not closed</source>
        <translation>有一个带引号的字段没有闭合</translation>
    </message>
    <message>
        <location filename="../../src/io/csv.cpp" line="335"/>
        <source>expected %1 fields like the header, got %2</source>
        <translation>应与表头一样有 %1 个字段，实际为 %2 个</translation>
    </message>
    <message>
        <location filename="../../src/io/csv.cpp" line="339"/>
        <source>more than %1 data rows; use a smaller sample</source>
        <translation>数据行超过 %1 行；请使用更小的样本</translation>
    </message>
    <message>
        <location filename="../../src/io/csv.cpp" line="342"/>
        <source>%1 data rows × %2 columns is more than the limit of %3 numbers; use fewer rows or columns</source>
        <translation>%1 行数据 × %2 列超过了 %3 个数字的上限；请减少行或列</translation>
    </message>
    <message>
        <location filename="../../src/io/csv.cpp" line="348"/>
        <source>column &apos;%1&apos;: &apos;%2&apos; is not a number</source>
        <translation>列“%1”：“%2”不是数字</translation>
    </message>
    <message>
        <location filename="../../src/io/csv.cpp" line="372"/>
        <source>%1 line %2: %3</source>
        <translation>%1 第 %2 行：%3</translation>
    </message>
    <message>
        <location filename="../../src/io/csv.cpp" line="417"/>
        <source>cannot open the file: it does not exist</source>
        <translation>无法打开文件：文件不存在</translation>
    </message>
    <message>
        <location filename="../../src/io/csv.cpp" line="418"/>
        <source>is a folder, not a CSV file</source>
        <translation>是文件夹，不是 CSV 文件</translation>
    </message>
    <message>
        <location filename="../../src/io/csv.cpp" line="419"/>
        <source>is not a regular file (a pipe, device or socket)</source>
        <translation>不是普通文件（而是管道、设备或套接字）</translation>
    </message>
    <message>
        <location filename="../../src/io/csv.cpp" line="429"/>
        <source>cannot open the file: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <location filename="../../src/io/csv.cpp" line="432"/>
        <source>larger than %1 MB; use a smaller sample</source>
        <translation>超过 %1 MB；请使用更小的样本</translation>
    </message>
    <message>
        <location filename="../../src/io/csv.cpp" line="439"/>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
</context>
<context>
    <name>FashionMnistText</name>
    <message>
        <location filename="../../src/io/fashion_mnist.cpp" line="44"/>
        <source>%1: not 28×28 pictures with one label each</source>
        <translation>%1：不是每张带一个标签的 28×28 图片</translation>
    </message>
    <message>
        <location filename="../../src/io/fashion_mnist.cpp" line="49"/>
        <source>%1 holds %2 pictures and %3 labels; %4 were asked for</source>
        <translation>%1 有 %2 张图片和 %3 个标签；要求的是 %4 个</translation>
    </message>
    <message>
        <location filename="../../src/io/fashion_mnist.cpp" line="72"/>
        <source>%1: label %2 of item %3 is not a class from 0 to 9</source>
        <translation>%1：第 %3 项的标签 %2 不是 0 到 9 之间的类别</translation>
    </message>
    <message>
        <location filename="../../src/io/fashion_mnist.cpp" line="99"/>
        <source>Fashion-MNIST is not installed (no %1); install the Debian package %2 (sudo apt install %2)</source>
        <translation>未安装 Fashion-MNIST（没有 %1）；请安装 Debian 软件包 %2（sudo apt install %2）</translation>
    </message>
</context>
<context>
    <name>FileWriter</name>
    <message>
        <location filename="../../src/io/file_writer.cpp" line="21"/>
        <source>%1: %2: %3; the earlier file (if any) is unchanged</source>
        <translation>%1：%2：%3；原有文件（如果有）保持不变</translation>
    </message>
    <message>
        <location filename="../../src/io/file_writer.cpp" line="32"/>
        <source>%1: is a folder; choose a file name</source>
        <translation>%1：是文件夹；请选择一个文件名</translation>
    </message>
    <message>
        <location filename="../../src/io/file_writer.cpp" line="34"/>
        <location filename="../../src/io/file_writer.cpp" line="42"/>
        <source>cannot write</source>
        <translation>无法写入</translation>
    </message>
    <message>
        <location filename="../../src/io/file_writer.cpp" line="62"/>
        <source>cannot save</source>
        <translation>无法保存</translation>
    </message>
</context>
<context>
    <name>GalleryDialog</name>
    <message>
        <location filename="../../ui/gallery_dialog.ui" line="18"/>
        <source>Lesson gallery</source>
        <translation>课程库</translation>
    </message>
    <message>
        <location filename="../../ui/gallery_dialog.ui" line="24"/>
        <source>The lessons that come with Backstep, in course order:</source>
        <translation>Backstep 自带的课程，按教学顺序：</translation>
    </message>
</context>
<context>
    <name>GoToDialog</name>
    <message>
        <location filename="../../ui/go_to_dialog.ui" line="6"/>
        <source>Go to</source>
        <translation>转到</translation>
    </message>
    <message>
        <location filename="../../ui/go_to_dialog.ui" line="14"/>
        <source>Count in iterations (one batch each) or in epochs (one pass over the data)</source>
        <translation>按迭代（每次一个批次）或按轮次（遍历一遍数据）计数</translation>
    </message>
    <message>
        <location filename="../../ui/go_to_dialog.ui" line="18"/>
        <source>Iteration</source>
        <translation>迭代</translation>
    </message>
    <message>
        <location filename="../../ui/go_to_dialog.ui" line="23"/>
        <source>Epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location filename="../../ui/go_to_dialog.ui" line="37"/>
        <source>An epoch&apos;s first iteration is where the sheet goes</source>
        <translation>选择轮次时，表格转到该轮的第一次迭代</translation>
    </message>
</context>
<context>
    <name>HandoutDialog</name>
    <message>
        <location filename="../../ui/handout_dialog.ui" line="17"/>
        <source>Handout</source>
        <translation>练习单</translation>
    </message>
    <message>
        <location filename="../../ui/handout_dialog.ui" line="32"/>
        <source>&amp;Step:</source>
        <translation>步骤(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/handout_dialog.ui" line="42"/>
        <source>The step of the worksheet: its inputs filled in, its results as empty boxes</source>
        <translation>练习单的步骤：其输入已填好，其结果为空白格</translation>
    </message>
    <message>
        <location filename="../../ui/handout_dialog.ui" line="55"/>
        <source>&amp;All 12 steps, each on a page or more</source>
        <translation>全部 12 个步骤，每步一页或多页(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/handout_dialog.ui" line="62"/>
        <source>The same pages with the computed cells filled in, for the teacher</source>
        <translation>同样的页面，计算出的单元格已填好，供教师使用</translation>
    </message>
    <message>
        <location filename="../../ui/handout_dialog.ui" line="65"/>
        <source>Answer &amp;key (the answers filled in)</source>
        <translation>答案(&amp;K)（已填好答案）</translation>
    </message>
    <message>
        <location filename="../../ui/handout_dialog.ui" line="72"/>
        <source>&amp;Paper:</source>
        <translation>纸张(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/handout_dialog.ui" line="83"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../ui/handout_dialog.ui" line="88"/>
        <source>Letter</source>
        <translation>Letter（美式信纸）</translation>
    </message>
    <message>
        <location filename="../../ui/handout_dialog.ui" line="96"/>
        <source>&amp;Decimals:</source>
        <translation>小数位数(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/handout_dialog.ui" line="106"/>
        <source>Digits after the point of every printed number</source>
        <translation>每个打印出的数字保留的小数位数</translation>
    </message>
</context>
<context>
    <name>HandoutTexts</name>
    <message>
        <location filename="../../src/handout/handout_pdf.cpp" line="177"/>
        <source>%1: the handout could not be painted</source>
        <translation>%1：无法绘制练习单</translation>
    </message>
    <message>
        <location filename="../../src/handout/handout_texts.h" line="14"/>
        <source>%1 · iteration %2 · step %3 of %4</source>
        <translation>%1 · 第 %2 次迭代 · 第 %3 步（共 %4 步）</translation>
    </message>
    <message>
        <location filename="../../src/handout/handout_texts.h" line="15"/>
        <source>ANSWER KEY</source>
        <translation>答案</translation>
    </message>
    <message>
        <location filename="../../src/handout/handout_texts.h" line="16"/>
        <source>Name: ____________________</source>
        <translation>姓名：____________________</translation>
    </message>
    <message>
        <location filename="../../src/handout/handout_texts.h" line="17"/>
        <source>page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <location filename="../../src/handout/handout_texts.h" line="18"/>
        <source>Untitled lesson</source>
        <translation>无标题课程</translation>
    </message>
    <message>
        <location filename="../../src/handout/handout_texts.h" line="20"/>
        <source>Step %1 · %2%3</source>
        <translation>第 %1 步 · %2%3</translation>
    </message>
    <message>
        <location filename="../../src/handout/handout_texts.h" line="21"/>
        <source> (layer %1)</source>
        <translation>（第 %1 层）</translation>
    </message>
    <message>
        <location filename="../../src/handout/handout_texts.h" line="22"/>
        <source>(continued)</source>
        <translation>（续）</translation>
    </message>
    <message>
        <location filename="../../src/handout/handout_texts.h" line="23"/>
        <source>Given</source>
        <translation>已知</translation>
    </message>
    <message>
        <location filename="../../src/handout/handout_texts.h" line="25"/>
        <source>Given (nothing to compute in this step)</source>
        <translation>已知（这一步没有要计算的）</translation>
    </message>
    <message>
        <location filename="../../src/handout/handout_texts.h" line="27"/>
        <source>Compute (write each value in its box)</source>
        <translation>计算（把每个值写在它的格子里）</translation>
    </message>
    <message>
        <location filename="../../src/handout/handout_texts.h" line="28"/>
        <source>Answers</source>
        <translation>答案</translation>
    </message>
    <message>
        <location filename="../../src/handout/handout_texts.h" line="30"/>
        <source>%1 (%2×%3)</source>
        <translation>%1（%2×%3）</translation>
    </message>
    <message>
        <location filename="../../src/handout/handout_texts.h" line="31"/>
        <source>, rows %1–%2</source>
        <translation>，第 %1–%2 行</translation>
    </message>
    <message>
        <location filename="../../src/handout/handout_texts.h" line="32"/>
        <source>, columns %1–%2</source>
        <translation>，第 %1–%2 列</translation>
    </message>
    <message>
        <location filename="../../src/handout/handout_texts.h" line="33"/>
        <source>rows %1–%2 not shown</source>
        <translation>第 %1–%2 行未显示</translation>
    </message>
    <message>
        <location filename="../../src/handout/handout_texts.h" line="35"/>
        <source>columns %1–%2 not shown</source>
        <translation>第 %1–%2 列未显示</translation>
    </message>
    <message>
        <location filename="../../src/handout/handout_texts.h" line="36"/>
        <source>Example: %1 is computed from the orange cells:</source>
        <translation>示例：%1 由橙色单元格计算得出：</translation>
    </message>
    <message>
        <location filename="../../src/handout/handout_texts.h" line="39"/>
        <source>f = %1 (hidden layers), g = %2 (output layer)</source>
        <translation>f = %1（隐藏层），g = %2（输出层）</translation>
    </message>
    <message>
        <location filename="../../src/handout/handout_texts.h" line="41"/>
        <source>learning rate lr = %1</source>
        <translation>学习率 lr = %1</translation>
    </message>
    <message>
        <location filename="../../src/handout/handout_texts.h" line="42"/>
        <source>B = %1 rows in this batch</source>
        <translation>B = %1，即本批次的行数</translation>
    </message>
    <message>
        <location filename="../../src/handout/handout_texts.h" line="43"/>
        <source>Working</source>
        <translation>演算</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../ui/help_window.ui" line="17"/>
        <source>Backstep help</source>
        <translation>Backstep 帮助</translation>
    </message>
    <message>
        <location filename="../../ui/help_window.ui" line="30"/>
        <source>The pages of the help</source>
        <translation>帮助的各个页面</translation>
    </message>
</context>
<context>
    <name>IdxFile</name>
    <message>
        <location filename="../../src/io/idx_file.cpp" line="45"/>
        <source>the file ends early</source>
        <translation>文件提前结束</translation>
    </message>
    <message>
        <location filename="../../src/io/idx_file.cpp" line="55"/>
        <source>no such file</source>
        <translation>没有这个文件</translation>
    </message>
    <message>
        <location filename="../../src/io/idx_file.cpp" line="57"/>
        <source>cannot be opened</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <location filename="../../src/io/idx_file.cpp" line="60"/>
        <source>not an IDX file (%1)</source>
        <translation>不是 IDX 文件（%1）</translation>
    </message>
    <message>
        <location filename="../../src/io/idx_file.cpp" line="62"/>
        <source>not an IDX file (it does not start with an IDX header)</source>
        <translation>不是 IDX 文件（开头没有 IDX 文件头）</translation>
    </message>
    <message>
        <location filename="../../src/io/idx_file.cpp" line="64"/>
        <source>holds elements of type 0x%1; only unsigned bytes (0x08) are read</source>
        <translation>包含类型为 0x%1 的元素；只能读取无符号字节（0x08）</translation>
    </message>
    <message>
        <location filename="../../src/io/idx_file.cpp" line="72"/>
        <source>its header ends early</source>
        <translation>文件头提前结束</translation>
    </message>
    <message>
        <location filename="../../src/io/idx_file.cpp" line="78"/>
        <location filename="../../src/io/idx_file.cpp" line="85"/>
        <source>its dimensions are too large to be an image file</source>
        <translation>维度太大，不像是图像文件</translation>
    </message>
    <message>
        <location filename="../../src/io/idx_file.cpp" line="89"/>
        <source>holds fewer items than its header says (%1)</source>
        <translation>包含的项数少于文件头所说的（%1）</translation>
    </message>
</context>
<context>
    <name>ImageGalleryText</name>
    <message>
        <location filename="../../src/render/image_gallery.cpp" line="107"/>
        <source>no hidden layer</source>
        <translation>没有隐藏层</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/import_dialog.ui" line="33"/>
        <source>Target columns:</source>
        <translation>目标列：</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="50"/>
        <source>Inputs:</source>
        <translation>输入：</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="58"/>
        <source>Standardise (mean 0, standard deviation 1)</source>
        <translation>标准化（均值 0，标准差 1）</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="63"/>
        <source>Min–max (into 0 … 1)</source>
        <translation>最小–最大缩放（到 0 … 1）</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="68"/>
        <source>None (the numbers as they are)</source>
        <translation>不处理（保持原值）</translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <location filename="../../src/io/exercise.cpp" line="39"/>
        <source>expected a non-empty array of step numbers from %1 to %2, got %3</source>
        <translation>应为由 %1 到 %2 的步骤编号组成的非空数组，实际为%3</translation>
    </message>
    <message>
        <location filename="../../src/io/exercise.cpp" line="42"/>
        <source>an empty array</source>
        <translation>空数组</translation>
    </message>
    <message>
        <location filename="../../src/io/exercise.cpp" line="50"/>
        <source>step %1 computes nothing to practise; use steps from %2 to %3</source>
        <translation>第 %1 步没有可练习的计算；请使用第 %2 到 %3 步</translation>
    </message>
    <message>
        <location filename="../../src/io/exercise.cpp" line="66"/>
        <source>step %1 is listed twice</source>
        <translation>第 %1 步列出了两次</translation>
    </message>
    <message>
        <location filename="../../src/io/json_fields.cpp" line="42"/>
        <location filename="../../src/io/json_fields.cpp" line="43"/>
        <source>the number %1</source>
        <translation>数字 %1</translation>
    </message>
    <message>
        <location filename="../../src/io/json_fields.cpp" line="48"/>
        <source>the string &quot;%1&quot;</source>
        <translation>字符串“%1”</translation>
    </message>
    <message>
        <location filename="../../src/io/json_fields.cpp" line="52"/>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <location filename="../../src/io/json_fields.cpp" line="54"/>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../src/io/json_fields.cpp" line="56"/>
        <source>nothing</source>
        <translation>空</translation>
    </message>
    <message>
        <location filename="../../src/io/json_fields.cpp" line="72"/>
        <source>unknown key, ignored (known here: %1)</source>
        <translation>未知的键，已忽略（这里可用的键：%1）</translation>
    </message>
    <message>
        <location filename="../../src/io/json_fields.cpp" line="77"/>
        <source>expected an object {…}, got %1</source>
        <translation>应为对象 {…}，实际为%1</translation>
    </message>
    <message>
        <location filename="../../src/io/json_fields.cpp" line="89"/>
        <source>expected a number above %1 and at most %2, got %3</source>
        <translation>应为大于 %1 且不超过 %2 的数字，实际为%3</translation>
    </message>
    <message>
        <location filename="../../src/io/json_fields.cpp" line="90"/>
        <source>expected a number from %1 to %2, got %3</source>
        <translation>应为 %1 到 %2 之间的数字，实际为%3</translation>
    </message>
    <message>
        <location filename="../../src/io/json_fields.cpp" line="104"/>
        <source>expected a whole number from %1 to %2, got %3</source>
        <translation>应为 %1 到 %2 之间的整数，实际为%3</translation>
    </message>
    <message>
        <location filename="../../src/io/json_fields.cpp" line="115"/>
        <location filename="../../src/io/json_fields.cpp" line="145"/>
        <source>expected a string, got %1</source>
        <translation>应为字符串，实际为%1</translation>
    </message>
    <message>
        <location filename="../../src/io/json_fields.cpp" line="123"/>
        <source>expected true or false, got %1</source>
        <translation>应为 true 或 false，实际为%1</translation>
    </message>
    <message>
        <location filename="../../src/io/json_fields.cpp" line="132"/>
        <source>expected an array of strings, got %1</source>
        <translation>应为字符串数组，实际为%1</translation>
    </message>
    <message>
        <location filename="../../src/io/json_fields.cpp" line="138"/>
        <source>expected %1 names, got %2</source>
        <translation>应有 %1 个名称，实际为 %2 个</translation>
    </message>
    <message>
        <location filename="../../src/io/json_fields.cpp" line="167"/>
        <source>not a language code (such as en, zh_CN or ru); ignored</source>
        <translation>不是语言代码（如 en、zh_CN 或 ru）；已忽略</translation>
    </message>
    <message>
        <location filename="../../src/io/json_fields.cpp" line="178"/>
        <source>expected a string or {&quot;en&quot;: &quot;…&quot;, &quot;zh_CN&quot;: &quot;…&quot;, &quot;ru&quot;: &quot;…&quot;}, got %1</source>
        <translation>应为字符串或 {&quot;en&quot;: &quot;…&quot;, &quot;zh_CN&quot;: &quot;…&quot;, &quot;ru&quot;: &quot;…&quot;}，实际为%1</translation>
    </message>
    <message>
        <location filename="../../src/io/json_fields.cpp" line="188"/>
        <source>expected a matrix as a non-empty array of rows [[…], …], got %1</source>
        <translation>应为由行组成的非空数组形式的矩阵 [[…], …]，实际为%1</translation>
    </message>
    <message>
        <location filename="../../src/io/json_fields.cpp" line="196"/>
        <source>expected a row as a non-empty array of numbers, got %1</source>
        <translation>一行应为由数字组成的非空数组，实际为%1</translation>
    </message>
    <message>
        <location filename="../../src/io/json_fields.cpp" line="203"/>
        <source>expected a row of %1 numbers like row 0, got %2</source>
        <translation>应像第 0 行一样有 %1 个数字，实际为%2</translation>
    </message>
    <message>
        <location filename="../../src/io/json_fields.cpp" line="205"/>
        <source>%1 numbers</source>
        <translation>%1 个数字</translation>
    </message>
    <message>
        <location filename="../../src/io/json_fields.cpp" line="212"/>
        <source>%1 cells is more than the limit of %2</source>
        <translation>%1 个单元格超过了上限 %2</translation>
    </message>
    <message>
        <location filename="../../src/io/json_fields.cpp" line="217"/>
        <source>expected %1, got %2</source>
        <translation>应为 %1，实际为 %2</translation>
    </message>
    <message>
        <location filename="../../src/io/json_fields.cpp" line="228"/>
        <source>expected a finite number, got %1</source>
        <translation>应为有限的数字，实际为%1</translation>
    </message>
    <message>
        <location filename="../../src/io/json_text_check.cpp" line="66"/>
        <source>given twice in one object; the last value is used</source>
        <translation>在同一个对象中给出了两次；使用最后一个值</translation>
    </message>
    <message>
        <location filename="../../src/io/json_text_check.cpp" line="70"/>
        <source>the key holds a raw control character</source>
        <translation>键中含有未转义的控制字符</translation>
    </message>
    <message>
        <location filename="../../src/io/json_text_check.cpp" line="74"/>
        <source>a raw control character (such as NUL) inside a string; remove it or write it as an escape like \u0000</source>
        <translation>字符串中有未转义的控制字符（如 NUL）；请删除它，或写成 \u0000 这样的转义</translation>
    </message>
</context>
<context>
    <name>LessonComparison</name>
    <message>
        <location filename="../../src/io/lesson_comparison.cpp" line="23"/>
        <source>expected an object of setting lists such as {&quot;learning_rate&quot;: [0.1, 0.01]}, got %1</source>
        <translation>应为由设置列表组成的对象，例如 {&quot;learning_rate&quot;: [0.1, 0.01]}，实际为 %1</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_comparison.cpp" line="30"/>
        <source>no settings; give at least one, e.g. {&quot;learning_rate&quot;: [0.1, 0.01]}</source>
        <translation>没有任何设置；请至少给出一项，例如 {&quot;learning_rate&quot;: [0.1, 0.01]}</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_comparison.cpp" line="37"/>
        <source>unknown key; use %1</source>
        <translation>未知的键；请使用 %1</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_comparison.cpp" line="54"/>
        <source>expected numbers or texts, got %1</source>
        <translation>应为数字或文本，实际为 %1</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_comparison.cpp" line="62"/>
        <source>expected a list of values, got %1</source>
        <translation>应为取值列表，实际为 %1</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_comparison.cpp" line="68"/>
        <source>no values; give a list such as [0.1, 0.01]</source>
        <translation>没有取值；请给出一个列表，例如 [0.1, 0.01]</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_comparison.cpp" line="81"/>
        <source>%1 configurations are more than the %2 the Compare window shows; compare fewer values</source>
        <translation>%1 个配置超过了比较窗口能显示的 %2 个；请减少要比较的取值</translation>
    </message>
</context>
<context>
    <name>LessonLoader</name>
    <message>
        <location filename="../../src/io/lesson_loader.cpp" line="26"/>
        <source>an object is not closed: a &apos;}&apos; or a &apos;,&apos; between members is missing</source>
        <translation>对象没有闭合：缺少 &apos;}&apos; 或成员之间的 &apos;,&apos;</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_loader.cpp" line="29"/>
        <source>a &apos;:&apos; is missing after a key</source>
        <translation>键后面缺少 &apos;:&apos;</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_loader.cpp" line="31"/>
        <source>an array is not closed: a &apos;]&apos; or a &apos;,&apos; between values is missing</source>
        <translation>数组没有闭合：缺少 &apos;]&apos; 或值之间的 &apos;,&apos;</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_loader.cpp" line="33"/>
        <source>a &apos;,&apos; is missing between values</source>
        <translation>值之间缺少 &apos;,&apos;</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_loader.cpp" line="35"/>
        <source>not a JSON value (strings need double quotes, true/false/null are lower case, and a trailing comma is not allowed)</source>
        <translation>不是 JSON 值（字符串要用双引号，true/false/null 要小写，末尾不能有多余的逗号）</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_loader.cpp" line="38"/>
        <source>the file ends inside a number</source>
        <translation>文件在一个数字中间结束</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_loader.cpp" line="40"/>
        <source>not a valid number</source>
        <translation>不是有效的数字</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_loader.cpp" line="42"/>
        <source>an invalid \ escape in a string</source>
        <translation>字符串中有无效的 \ 转义</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_loader.cpp" line="44"/>
        <source>the text is not valid UTF-8; save the file as UTF-8</source>
        <translation>文本不是有效的 UTF-8；请把文件保存为 UTF-8</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_loader.cpp" line="46"/>
        <source>a string is not closed: a &apos;&quot;&apos; is missing</source>
        <translation>字符串没有闭合：缺少 &apos;&quot;&apos;</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_loader.cpp" line="48"/>
        <source>expected a &quot;key&quot;: value member here (a trailing comma before &apos;}&apos; is not allowed)</source>
        <translation>这里应为 &quot;key&quot;: value 成员（&apos;}&apos; 前不能有多余的逗号）</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_loader.cpp" line="52"/>
        <source>the file is nested too deeply</source>
        <translation>文件嵌套太深</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_loader.cpp" line="54"/>
        <source>the file is too large</source>
        <translation>文件太大</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_loader.cpp" line="56"/>
        <source>unexpected text after the end of the lesson</source>
        <translation>课程结束之后还有多余的文本</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_loader.cpp" line="60"/>
        <source>syntax error</source>
        <translation>语法错误</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_loader.cpp" line="90"/>
        <source>%1: the file is empty; a lesson is a JSON object starting with {&quot;format&quot;: &quot;backstep-lesson&quot;, …</source>
        <translation>%1：文件是空的；课程是以 {&quot;format&quot;: &quot;backstep-lesson&quot;, … 开头的 JSON 对象</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_loader.cpp" line="99"/>
        <source>%1: line %2, column %3: %4</source>
        <translation>%1：第 %2 行，第 %3 列：%4</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_loader.cpp" line="107"/>
        <source>%1: expected a lesson object {…} at the top level, got an array</source>
        <translation>%1：顶层应为课程对象 {…}，实际为数组</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_loader.cpp" line="118"/>
        <source>%1: … and %2 more errors</source>
        <translation>%1：……另有 %2 个错误</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_loader.cpp" line="124"/>
        <source>%1: … and %2 more warnings</source>
        <translation>%1：……另有 %2 个警告</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_loader.cpp" line="134"/>
        <source>%1: no such file; check the path</source>
        <translation>%1：没有这个文件；请检查路径</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_loader.cpp" line="136"/>
        <source>%1: is a folder; give a lesson file (.json)</source>
        <translation>%1：是文件夹；请给出课程文件（.json）</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_loader.cpp" line="138"/>
        <source>%1: is not a regular file (a pipe, device or socket); give a lesson file (.json)</source>
        <translation>%1：不是普通文件（而是管道、设备或套接字）；请给出课程文件（.json）</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_loader.cpp" line="143"/>
        <source>%1: cannot open: %2</source>
        <translation>%1：无法打开：%2</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_loader.cpp" line="147"/>
        <source>%1: larger than %2 MB; put large data in a CSV file next to the lesson</source>
        <translation>%1：超过 %2 MB；请把大量数据放进课程旁边的 CSV 文件</translation>
    </message>
</context>
<context>
    <name>LessonParser</name>
    <message>
        <location filename="../../src/io/lesson_data_parser.cpp" line="42"/>
        <source>expected inline &quot;X&quot; and &quot;y&quot;, a &quot;generator&quot;, a &quot;csv&quot; file or a &quot;dataset&quot;</source>
        <translation>应为内嵌的 &quot;X&quot; 和 &quot;y&quot;、&quot;generator&quot;、&quot;csv&quot; 文件或 &quot;dataset&quot;</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_data_parser.cpp" line="45"/>
        <source>samples</source>
        <translation>样本</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_data_parser.cpp" line="46"/>
        <source>test samples</source>
        <translation>测试样本</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_data_parser.cpp" line="48"/>
        <source>%1 %2 is more than the limit of %3; use a smaller sample</source>
        <translation>%1 个%2超过了上限 %3；请使用更小的样本</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_data_parser.cpp" line="58"/>
        <source>more than %1 input or target columns</source>
        <translation>输入列或目标列超过 %1 个</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_data_parser.cpp" line="74"/>
        <source>unknown normalisation &quot;%1&quot;; use none, standardise or minmax</source>
        <translation>未知的归一化方式“%1”；请使用 none、standardise 或 minmax</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_data_parser.cpp" line="85"/>
        <source>give either test_fraction or a test set (test_X/test_y or test_csv), not both</source>
        <translation>请给出 test_fraction 或测试集（test_X/test_y 或 test_csv），不要两者都给</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_data_parser.cpp" line="124"/>
        <source>column &quot;%1&quot; cannot be normalised: its values are too large; rescale it</source>
        <translation>列“%1”无法归一化：其值太大；请先缩放</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_data_parser.cpp" line="132"/>
        <source>column &quot;%1&quot; has values up to %2; training will overflow unless it is rescaled (&quot;normalise&quot;: &quot;standardise&quot;)</source>
        <translation>列“%1”的值高达 %2；除非先缩放（&quot;normalise&quot;: &quot;standardise&quot;），否则训练会溢出</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_data_parser.cpp" line="220"/>
        <source>unknown generator &quot;%1&quot;; use xor, blobs, moons, circles or spiral</source>
        <translation>未知的生成器“%1”；请使用 xor、blobs、moons、circles 或 spiral</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_data_parser.cpp" line="246"/>
        <source>only the spiral generator has a class count; ignored</source>
        <translation>只有 spiral 生成器有类别数；已忽略</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_data_parser.cpp" line="261"/>
        <source>the file name is empty</source>
        <translation>文件名为空</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_data_parser.cpp" line="265"/>
        <source>&quot;%1&quot; is an absolute path; give a path relative to the lesson&apos;s folder</source>
        <translation>“%1”是绝对路径；请给出相对于课程文件夹的路径</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_data_parser.cpp" line="279"/>
        <source>&quot;%1&quot; leaves the lesson&apos;s folder; keep data files next to the lesson or in a folder below it</source>
        <translation>“%1”超出了课程文件夹；请把数据文件放在课程旁边或其下的文件夹中</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_data_parser.cpp" line="287"/>
        <source>&quot;%1&quot; does not exist next to the lesson (looked in %2)</source>
        <translation>课程旁边没有“%1”（查找位置：%2）</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_data_parser.cpp" line="307"/>
        <source>missing; name the target column(s), e.g. [&quot;price&quot;]</source>
        <translation>缺失；请指明目标列，例如 [&quot;price&quot;]</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_data_parser.cpp" line="310"/>
        <source>name at least one target column</source>
        <translation>请至少指明一个目标列</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_data_parser.cpp" line="324"/>
        <source>its input columns differ from those of %1</source>
        <translation>其输入列与 %1 的不同</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_data_parser.cpp" line="340"/>
        <source>unknown dataset &quot;%1&quot;; use fashion-mnist</source>
        <translation>未知的数据集“%1”；请使用 fashion-mnist</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_data_parser.cpp" line="388"/>
        <source>no column &quot;%1&quot; in %2 (its columns: %3)</source>
        <translation>%2 中没有列“%1”（它的列：%3）</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_data_parser.cpp" line="407"/>
        <source>no input columns are left besides the targets</source>
        <translation>除了目标列之外没有剩下输入列</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_data_parser.cpp" line="417"/>
        <source>column &quot;%1&quot; of %2 holds words, not numbers; only a single target column can hold class names</source>
        <translation>%2 的列“%1”是文字而不是数字；只有唯一的目标列可以包含类别名</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_data_parser.cpp" line="425"/>
        <source>column &quot;%1&quot; holds class names; make it the only target column</source>
        <translation>列“%1”包含类别名；请把它设为唯一的目标列</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_data_parser.cpp" line="455"/>
        <source>%1: more than %2 different class names</source>
        <translation>%1：不同的类别名超过 %2 个</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_data_parser.cpp" line="461"/>
        <source>class &quot;%1&quot; of %2 is not in the training data</source>
        <translation>%2 中的类别“%1”不在训练数据中</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_data_parser.cpp" line="466"/>
        <source>%1 names only one class; a classification needs two or more</source>
        <translation>%1 只有一个类别；分类至少需要两个类别</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_data_parser.cpp" line="491"/>
        <source>%1 holds a %2 matrix; expected %3</source>
        <translation>%1 中是 %2 矩阵；应为 %3</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_optimizer_parser.cpp" line="24"/>
        <source>expected &quot;sgd&quot;, &quot;momentum&quot;, &quot;adam&quot; or an object such as {&quot;name&quot;: &quot;adam&quot;, &quot;beta1&quot;: 0.9}</source>
        <translation>应为 &quot;sgd&quot;、&quot;momentum&quot;、&quot;adam&quot; 或 {&quot;name&quot;: &quot;adam&quot;, &quot;beta1&quot;: 0.9} 这样的对象</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_optimizer_parser.cpp" line="30"/>
        <source>unknown optimizer &quot;%1&quot;; use sgd, momentum or adam</source>
        <translation>未知的优化器“%1”；请使用 sgd、momentum 或 adam</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_optimizer_parser.cpp" line="42"/>
        <source>must be below 1 (it is the share of the past kept)</source>
        <translation>必须小于 1（它是保留的过去部分的比例）</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_optimizer_parser.cpp" line="78"/>
        <source>must be below 1: with p = 1 every unit is dropped</source>
        <translation>必须小于 1：p = 1 时每个单元都会被丢弃</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_optimizer_parser.cpp" line="90"/>
        <source>needs &quot;every&quot; (epochs) and &quot;factor&quot;, e.g. {&quot;every&quot;: 100, &quot;factor&quot;: 0.5}</source>
        <translation>需要 &quot;every&quot;（轮数）和 &quot;factor&quot;，例如 {&quot;every&quot;: 100, &quot;factor&quot;: 0.5}</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_parser.cpp" line="29"/>
        <source>expected &quot;backstep-lesson&quot;, got %1; is this a Backstep lesson?</source>
        <translation>应为 &quot;backstep-lesson&quot;，实际为%1；这是 Backstep 课程吗？</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_parser.cpp" line="36"/>
        <source>version %1 is newer than this Backstep reads (1); update Backstep</source>
        <translation>版本 %1 比这个 Backstep 能读的（1）更新；请更新 Backstep</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_parser.cpp" line="47"/>
        <source>missing; give {&quot;X&quot;: […], &quot;y&quot;: […]}, a generator or a csv file</source>
        <translation>缺失；请给出 {&quot;X&quot;: […], &quot;y&quot;: […]}、生成器或 csv 文件</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_parser.cpp" line="60"/>
        <source>%1 is not smaller than the %2 samples: every iteration uses all of them</source>
        <translation>%1 不小于样本数 %2：每次迭代都会用到全部样本</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_parser.cpp" line="81"/>
        <source>keys are step numbers from &quot;1&quot; to &quot;12&quot;</source>
        <translation>键是从 &quot;1&quot; 到 &quot;12&quot; 的步骤编号</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_parser.cpp" line="92"/>
        <source>expected an array of texts, got %1</source>
        <translation>应为文本数组，实际为%1</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_parser.cpp" line="127"/>
        <source>more than %1 experiments change settings; keep the others as text</source>
        <translation>修改设置的实验超过 %1 个；其余的请只保留文字</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_parser.cpp" line="134"/>
        <source>not a setting an experiment can change (these can: %1)</source>
        <translation>这不是实验可以修改的设置（可以修改的有：%1）</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_parser.cpp" line="147"/>
        <source>the changed lesson would not load: %1</source>
        <translation>修改后的课程无法加载：%1</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_parser.cpp" line="197"/>
        <source>expected at most %1 hidden layers, got %2</source>
        <translation>最多应有 %1 个隐藏层，实际为 %2 个</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_parser.cpp" line="225"/>
        <source>unknown activation &quot;%1&quot;; use %2</source>
        <translation>未知的激活函数“%1”；请使用 %2</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_parser.cpp" line="227"/>
        <source>sigmoid, linear or softmax</source>
        <translation>sigmoid、linear 或 softmax</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_parser.cpp" line="228"/>
        <source>sigmoid, tanh, relu, leaky_relu, linear or step</source>
        <translation>sigmoid、tanh、relu、leaky_relu、linear 或 step</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_parser.cpp" line="257"/>
        <source>%1 outputs</source>
        <translation>%1 个输出</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_parser.cpp" line="257"/>
        <source>%1 hidden units</source>
        <translation>%1 个隐藏单元</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_parser.cpp" line="259"/>
        <source>%1 samples × %2 is more than the limit of %3 cells per matrix; use fewer samples or units</source>
        <translation>%1 个样本 × %2 超过了每个矩阵 %3 个单元格的上限；请减少样本或单元</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_parser.cpp" line="268"/>
        <source>a %1 weight matrix (%2 inputs × %3) is more than the limit of %4 cells; use fewer units</source>
        <translation>%1 的权重矩阵（%2 个输入 × %3）超过了 %4 个单元格的上限；请减少单元</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_parser.cpp" line="284"/>
        <source>training %1 on %2 samples would need %3, more than the %4 Backstep allows for a lesson; use fewer or smaller layers, fewer samples or smaller batches</source>
        <translation>在 %2 个样本上训练 %1 需要 %3，超过了 Backstep 允许一门课程使用的 %4；请使用更少或更小的层、更少的样本或更小的批次</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_parser.cpp" line="311"/>
        <source>unknown reduction &quot;%1&quot;; use sum (the tutorial&apos;s ½·ΣE²) or mean</source>
        <translation>未知的汇总方式“%1”；请使用 sum（教程中的 ½·ΣE²）或 mean</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_parser.cpp" line="338"/>
        <source>unknown loss &quot;%1&quot;; use mse, bce or cross_entropy</source>
        <translation>未知的损失“%1”；请使用 mse、bce 或 cross_entropy</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_parser.cpp" line="354"/>
        <source>expected &quot;full&quot;, &quot;sgd&quot; or a positive whole number, got %1</source>
        <translation>应为 &quot;full&quot;、&quot;sgd&quot; 或正整数，实际为%1</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_parser.cpp" line="393"/>
        <source>unknown method &quot;%1&quot;; use uniform, normal or xavier, or give the matrices</source>
        <translation>未知的方法“%1”；请使用 uniform、normal 或 xavier，或直接给出矩阵</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_parser.cpp" line="420"/>
        <source>expected &quot;random&quot; or &quot;zero&quot;, got %1</source>
        <translation>应为 &quot;random&quot; 或 &quot;zero&quot;，实际为%1</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_parser.cpp" line="425"/>
        <source>low (%1) is above high (%2)</source>
        <translation>low（%1）大于 high（%2）</translation>
    </message>
    <message>
        <location filename="../../src/io/lesson_parser.cpp" line="446"/>
        <source>missing; give a %1 matrix or use {&quot;method&quot;: &quot;uniform&quot;}</source>
        <translation>缺失；请给出 %1 矩阵或使用 {&quot;method&quot;: &quot;uniform&quot;}</translation>
    </message>
</context>
<context>
    <name>OptimizerSettings</name>
    <message>
        <location filename="../../ui/optimizer_settings.ui" line="6"/>
        <source>Updates and dropout</source>
        <translation>更新与 dropout</translation>
    </message>
    <message>
        <location filename="../../ui/optimizer_settings.ui" line="18"/>
        <source>Optimiser</source>
        <translation>优化器</translation>
    </message>
    <message>
        <location filename="../../ui/optimizer_settings.ui" line="28"/>
        <source>What steps 11–12 do with G: plain steps θ + lr·G, momentum (a velocity that adds up steady steps) or Adam (running means of G and G⊙G, a step of about lr per weight).</source>
        <translation>第 11–12 步如何使用 G：普通步 θ + lr·G，动量（速度把方向一致的步子累加起来），或 Adam（G 和 G⊙G 的滑动平均，每个权重每步约移动 lr）。</translation>
    </message>
    <message>
        <location filename="../../ui/optimizer_settings.ui" line="32"/>
        <source>plain steps (sgd)</source>
        <translation>普通步（sgd）</translation>
    </message>
    <message>
        <location filename="../../ui/optimizer_settings.ui" line="37"/>
        <source>momentum</source>
        <translation>动量</translation>
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
        <translation>动量：保留上一次速度的比例（0.9：大约最近十步）。</translation>
    </message>
    <message>
        <location filename="../../ui/optimizer_settings.ui" line="82"/>
        <source>β1</source>
        <translation>β1</translation>
    </message>
    <message>
        <location filename="../../ui/optimizer_settings.ui" line="92"/>
        <source>Adam: how slowly m, the running mean of G, forgets.</source>
        <translation>Adam：m（G 的滑动平均）遗忘得有多慢。</translation>
    </message>
    <message>
        <location filename="../../ui/optimizer_settings.ui" line="114"/>
        <source>β2</source>
        <translation>β2</translation>
    </message>
    <message>
        <location filename="../../ui/optimizer_settings.ui" line="124"/>
        <source>Adam: how slowly v, the running mean of G⊙G, forgets.</source>
        <translation>Adam：v（G⊙G 的滑动平均）遗忘得有多慢。</translation>
    </message>
    <message>
        <location filename="../../ui/optimizer_settings.ui" line="146"/>
        <source>ε</source>
        <translation>ε</translation>
    </message>
    <message>
        <location filename="../../ui/optimizer_settings.ui" line="156"/>
        <source>Adam: added to √v̂ so that the division stays finite (1e-8).</source>
        <translation>Adam：加到 √v̂ 上，使除法保持有限（1e-8）。</translation>
    </message>
    <message>
        <location filename="../../ui/optimizer_settings.ui" line="166"/>
        <source>Weight decay λ</source>
        <translation>权重衰减 λ</translation>
    </message>
    <message>
        <location filename="../../ui/optimizer_settings.ui" line="176"/>
        <source>L2 weight decay: G of every weight gets −λ·w, pulling weights towards 0 (biases never). 0: none.</source>
        <translation>L2 权重衰减：每个权重的 G 加上 −λ·w，把权重拉向 0（偏置从不衰减）。0：不衰减。</translation>
    </message>
    <message>
        <location filename="../../ui/optimizer_settings.ui" line="198"/>
        <source>Shrink lr</source>
        <translation>缩小 lr</translation>
    </message>
    <message>
        <location filename="../../ui/optimizer_settings.ui" line="201"/>
        <source>Multiply the learning rate by a factor every few epochs (lr_decay).</source>
        <translation>每隔几轮把学习率乘以一个因子（lr_decay）。</translation>
    </message>
    <message>
        <location filename="../../ui/optimizer_settings.ui" line="210"/>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <location filename="../../ui/optimizer_settings.ui" line="217"/>
        <source>The factor the learning rate is multiplied by.</source>
        <translation>学习率所乘的因子。</translation>
    </message>
    <message>
        <location filename="../../ui/optimizer_settings.ui" line="239"/>
        <source>every</source>
        <translation>每</translation>
    </message>
    <message>
        <location filename="../../ui/optimizer_settings.ui" line="246"/>
        <source>How many epochs pass between two reductions.</source>
        <translation>两次缩小之间相隔多少轮。</translation>
    </message>
    <message>
        <location filename="../../ui/optimizer_settings.ui" line="249"/>
        <source> epochs</source>
        <translation> 轮</translation>
    </message>
    <message>
        <location filename="../../ui/optimizer_settings.ui" line="267"/>
        <source>Dropout p</source>
        <translation>Dropout p</translation>
    </message>
    <message>
        <location filename="../../ui/optimizer_settings.ui" line="277"/>
        <source>While training, each hidden unit of each sample is dropped with probability p and the kept ones are scaled by 1/(1−p); step 4 shows the mask. 0: none.</source>
        <translation>训练时，每个样本的每个隐藏单元以概率 p 被丢弃，保留下来的乘以 1/(1−p)；第 4 步显示掩码。0：不使用。</translation>
    </message>
</context>
<context>
    <name>PracticeSummaryDialog</name>
    <message>
        <location filename="../../ui/practice_summary_dialog.ui" line="18"/>
        <source>Practice summary</source>
        <translation>练习总结</translation>
    </message>
    <message>
        <location filename="../../ui/practice_summary_dialog.ui" line="59"/>
        <source>Save every answer of this practice as a CSV file</source>
        <translation>把这次练习的每个答案保存为 CSV 文件</translation>
    </message>
    <message>
        <location filename="../../ui/practice_summary_dialog.ui" line="62"/>
        <source>Export results…</source>
        <translation>导出结果…</translation>
    </message>
</context>
<context>
    <name>ProvenanceWording</name>
    <message>
        <location filename="../../src/models/provenance_wording.cpp" line="14"/>
        <source>given by the lesson</source>
        <translation>由课程给定</translation>
    </message>
    <message>
        <location filename="../../src/models/provenance_wording.cpp" line="16"/>
        <source>the value before this iteration</source>
        <translation>本次迭代之前的值</translation>
    </message>
    <message>
        <location filename="../../src/models/provenance_wording.cpp" line="18"/>
        <source>remembered from the last iteration</source>
        <translation>从上一次迭代记下的值</translation>
    </message>
    <message>
        <location filename="../../src/models/provenance_wording.cpp" line="20"/>
        <source>the step function is flat on both sides of %1</source>
        <translation>阶跃函数在 %1 两侧都是平的</translation>
    </message>
    <message>
        <location filename="../../src/models/provenance_wording.cpp" line="22"/>
        <source>the slope of linear(z) = z</source>
        <translation>linear(z) = z 的导数（斜率）</translation>
    </message>
    <message>
        <location filename="../../src/models/provenance_wording.cpp" line="24"/>
        <source>1 if %1 &gt; 0 else %2</source>
        <translation>若 %1 &gt; 0 则为 1，否则为 %2</translation>
    </message>
    <message>
        <location filename="../../src/models/provenance_wording.cpp" line="26"/>
        <source>1 (kept) with probability 1 − p, 0 (dropped) with probability p</source>
        <translation>以概率 1 − p 取 1（保留），以概率 p 取 0（丢弃）</translation>
    </message>
    <message>
        <location filename="../../src/models/provenance_wording.cpp" line="31"/>
        <source>the lesson&apos;s initial value in iteration 1, the last update&apos;s result after</source>
        <translation>第 1 次迭代时是课程的初始值，之后是上一次更新的结果</translation>
    </message>
    <message>
        <location filename="../../src/models/provenance_wording.cpp" line="34"/>
        <source>E = y − output, so the updates of steps 11–12 add (+=)</source>
        <translation>E = y − output，所以第 11–12 步的更新是加上去的（+=）</translation>
    </message>
    <message>
        <location filename="../../src/models/provenance_wording.cpp" line="36"/>
        <source>uses %1 from before the update of step 11</source>
        <translation>用的是第 11 步更新之前的 %1</translation>
    </message>
    <message>
        <location filename="../../src/models/provenance_wording.cpp" line="38"/>
        <source>the diagonal of the softmax Jacobian; with cross-entropy it cancels</source>
        <translation>softmax 雅可比矩阵的对角线；配合交叉熵时，softmax 的导数与交叉熵的导数相消</translation>
    </message>
    <message>
        <location filename="../../src/models/provenance_wording.cpp" line="41"/>
        <source>a zero slope passes no gradient back: a step unit cannot learn</source>
        <translation>导数（斜率）为零，不回传梯度：阶跃单元无法学习</translation>
    </message>
    <message>
        <location filename="../../src/models/provenance_wording.cpp" line="44"/>
        <source>with %1 and %2 the slope cancels: d_output = E</source>
        <translation>使用 %1 和 %2 时，输出层的导数（斜率）与损失的导数相消：d_output = E</translation>
    </message>
    <message>
        <location filename="../../src/models/provenance_wording.cpp" line="46"/>
        <source>dropout: the unit&apos;s share of the error goes back only if it was kept</source>
        <translation>dropout：只有被保留的单元才把它那份误差传回去</translation>
    </message>
    <message>
        <location filename="../../src/models/provenance_wording.cpp" line="49"/>
        <source>p = %1; drawn anew for every iteration from the lesson&apos;s seeded generator (update %2); only while training</source>
        <translation>p = %1；每次迭代都由课程的带种子随机数生成器重新抽取（第 %2 次更新）；仅在训练时使用</translation>
    </message>
    <message>
        <location filename="../../src/models/provenance_wording.cpp" line="52"/>
        <source>kept units are scaled by 1/(1 − p), so the next layer sees the same total on average; tests and the 2-D views use no dropout</source>
        <translation>保留的单元乘以 1/(1 − p)，使下一层平均看到相同的总和；测试和二维视图不使用 dropout</translation>
    </message>
    <message>
        <location filename="../../src/models/provenance_wording.cpp" line="56"/>
        <source>B = %1, the rows of this batch (the loss is their mean)</source>
        <translation>B = %1，即本批次的行数（损失取它们的平均）</translation>
    </message>
    <message>
        <location filename="../../src/models/provenance_wording.cpp" line="58"/>
        <source>B = %1, the rows of this batch</source>
        <translation>B = %1，即本批次的行数</translation>
    </message>
    <message>
        <location filename="../../src/models/provenance_wording.cpp" line="60"/>
        <source>this lesson freezes the biases (update_biases: false)</source>
        <translation>本课程冻结偏置（update_biases: false）</translation>
    </message>
    <message>
        <location filename="../../src/models/provenance_wording.cpp" line="62"/>
        <source>the sum runs over the rows (samples), like np.sum(d, axis=0)</source>
        <translation>对各行（样本）求和，如同 np.sum(d, axis=0)</translation>
    </message>
    <message>
        <location filename="../../src/models/provenance_wording.cpp" line="65"/>
        <source>… stands for %1 more terms</source>
        <translation>“…”代表另外 %1 项</translation>
    </message>
    <message>
        <location filename="../../src/models/provenance_wording.cpp" line="67"/>
        <source>%1 of the iteration before; zero before the first update</source>
        <translation>上一次迭代的 %1；第一次更新之前为零</translation>
    </message>
    <message>
        <location filename="../../src/models/provenance_wording.cpp" line="69"/>
        <source>G is what step 12 adds before the learning rate (−∂loss/∂b)</source>
        <translation>G 是第 12 步在乘以学习率之前加上的量（−∂loss/∂b）</translation>
    </message>
    <message>
        <location filename="../../src/models/provenance_wording.cpp" line="71"/>
        <source>G is what step 11 adds before the learning rate (−∂loss/∂w)</source>
        <translation>G 是第 11 步在乘以学习率之前加上的量（−∂loss/∂w）</translation>
    </message>
    <message>
        <location filename="../../src/models/provenance_wording.cpp" line="73"/>
        <source>weight decay λ pulls every weight towards 0</source>
        <translation>权重衰减 λ 把每个权重拉向 0</translation>
    </message>
    <message>
        <location filename="../../src/models/provenance_wording.cpp" line="75"/>
        <source>velocity keeps a share β of the last steps, so steps in a steady direction grow and zig-zags cancel</source>
        <translation>速度保留前几步的 β 份额，因此方向稳定的步子会变大，来回的摆动会相互抵消</translation>
    </message>
    <message>
        <location filename="../../src/models/provenance_wording.cpp" line="78"/>
        <source>m is a running mean of G: the direction the weight keeps moving in</source>
        <translation>m 是 G 的滑动平均：权重持续移动的方向</translation>
    </message>
    <message>
        <location filename="../../src/models/provenance_wording.cpp" line="81"/>
        <source>v remembers the squares of past G, so a weight that has moved a lot takes smaller steps</source>
        <translation>v 记住过去 G 的平方，因此变动很大的权重步子更小</translation>
    </message>
    <message>
        <location filename="../../src/models/provenance_wording.cpp" line="85"/>
        <source>t = %1, this update&apos;s number; m and v start at 0, and the division undoes that early pull towards 0</source>
        <translation>t = %1，即本次更新的序号；m 和 v 从 0 开始，这个除法抵消了早期偏向 0 的影响</translation>
    </message>
    <message>
        <location filename="../../src/models/provenance_wording.cpp" line="88"/>
        <source>each weight gets its own step size: about lr when G keeps its sign</source>
        <translation>每个权重有自己的步长：G 保持符号不变时约为 lr</translation>
    </message>
    <message>
        <location filename="../../src/models/provenance_wording.cpp" line="91"/>
        <source>lr is this epoch&apos;s learning rate (lr_decay)</source>
        <translation>lr 是本轮的学习率（lr_decay）</translation>
    </message>
    <message>
        <location filename="../../src/models/provenance_wording.cpp" line="110"/>
        <source>%1 (%2)</source>
        <extracomment>a value and why: &quot;0 (the step function is flat on both sides of z[1,1])&quot;</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../src/models/provenance_wording.cpp" line="118"/>
        <source>; </source>
        <extracomment>between two notes of a cell&apos;s formula</extracomment>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../src/ui/evaluation_view.cpp" line="42"/>
        <source>predicted %1</source>
        <translation>预测 %1</translation>
    </message>
    <message>
        <location filename="../../src/ui/evaluation_view.cpp" line="47"/>
        <source>actual %1</source>
        <translation>实际 %1</translation>
    </message>
    <message>
        <location filename="../../src/ui/help_dialogs.cpp" line="11"/>
        <source>About Backstep</source>
        <translation>关于 Backstep</translation>
    </message>
    <message>
        <location filename="../../src/ui/help_dialogs.cpp" line="12"/>
        <source>&lt;h3&gt;Backstep %1&lt;/h3&gt;&lt;p&gt;Step through how a neural network learns: every intermediate matrix of a training step as a grid, one step per click.&lt;/p&gt;&lt;p&gt;Free software under the MIT licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Backstep %1&lt;/h3&gt;&lt;p&gt;逐步观察神经网络如何学习：训练步骤中的每个中间矩阵都显示为表格，每点击一次前进一步。&lt;/p&gt;&lt;p&gt;MIT 许可证下的自由软件。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>SetCellCommand</name>
    <message>
        <location filename="../../src/models/set_cell_command.cpp" line="13"/>
        <source>Edit %1[%2,%3]</source>
        <translation>编辑 %1[%2,%3]</translation>
    </message>
</context>
<context>
    <name>SettingsDock</name>
    <message>
        <location filename="../../ui/settings_dock.ui" line="73"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="85"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="95"/>
        <source>Where the samples come from: the lesson&apos;s own numbers, or a generator that draws a toy data set.</source>
        <translation>样本从哪里来：课程自带的数字，或由生成器抽取的玩具数据集。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="99"/>
        <source>The lesson&apos;s own data</source>
        <translation>课程自带的数据</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="104"/>
        <source>Generator: XOR</source>
        <translation>生成器：异或</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="109"/>
        <source>Generator: blobs</source>
        <translation>生成器：高斯团</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="114"/>
        <source>Generator: moons</source>
        <translation>生成器：双月</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="119"/>
        <source>Generator: circles</source>
        <translation>生成器：同心圆</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="124"/>
        <source>Generator: spiral</source>
        <translation>生成器：螺旋</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="132"/>
        <source>Samples</source>
        <translation>样本数</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="142"/>
        <source>How many samples the generator draws (before some are held out for testing).</source>
        <translation>生成器抽取的样本数（在留出一部分作测试之前）。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="158"/>
        <source>Noise</source>
        <translation>噪声</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="168"/>
        <source>How far the generated points scatter around their ideal shape; more noise makes the classes overlap.</source>
        <translation>生成的点偏离理想形状的程度；噪声越大，各类别重叠得越多。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="187"/>
        <source>Classes</source>
        <translation>类别数</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="197"/>
        <source>How many spiral arms, one class each; more than two gives one output per class.</source>
        <translation>螺旋臂的条数，每条一个类别；多于两类时每个类别对应一个输出。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="213"/>
        <source>Data seed</source>
        <translation>数据种子</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="223"/>
        <source>The seed of the generator: another number draws other points of the same shape.</source>
        <translation>生成器的随机种子：换一个数会抽出形状相同的另一批点。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="236"/>
        <source>Test fraction</source>
        <translation>测试比例</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="246"/>
        <source>The share of samples held out from training to test how well the network generalises.</source>
        <translation>不参与训练、留作测试的样本比例，用来检验网络的泛化能力。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="268"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="280"/>
        <source>Hidden layers</source>
        <translation>隐藏层数</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="290"/>
        <source>How many hidden layers sit between the inputs and the output layer; 0: none (a perceptron).</source>
        <translation>输入和输出层之间有几个隐藏层；0：没有（感知机）。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="306"/>
        <source>Units per layer</source>
        <translation>每层单元数</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="316"/>
        <source>Hidden units of each layer, first to last: &quot;8&quot; for one layer, &quot;8x4&quot; or &quot;8, 4&quot; for two.</source>
        <translation>从第一层到最后一层，每个隐藏层的单元数：一层写 &quot;8&quot;，两层写 &quot;8x4&quot; 或 &quot;8, 4&quot;。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="319"/>
        <source>8 or 8x4</source>
        <translation>8 或 8x4</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="326"/>
        <source>Hidden activation</source>
        <translation>隐藏层激活函数</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="336"/>
        <source>The function each hidden unit applies to its weighted sum (step 4 of the iteration).</source>
        <translation>每个隐藏单元作用于其加权和的函数（迭代的第 4 步）。</translation>
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
        <translation>线性</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="365"/>
        <source>step</source>
        <translation>阶跃</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="373"/>
        <source>Output activation</source>
        <translation>输出层激活函数</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="383"/>
        <source>The function the output layer applies: sigmoid for yes/no, softmax for one of several classes, linear for numbers.</source>
        <translation>输出层使用的函数：是/否问题用 sigmoid，多类选一用 softmax，预测数值用线性。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="397"/>
        <source>softmax</source>
        <translation>softmax</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="408"/>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="420"/>
        <source>Loss</source>
        <translation>损失函数</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="430"/>
        <source>How the error between output and target is measured; its derivative starts backpropagation.</source>
        <translation>衡量输出与目标之间误差的方式；它的导数是反向传播的起点。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="434"/>
        <source>squared error (MSE)</source>
        <translation>平方误差（MSE）</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="439"/>
        <source>binary cross-entropy</source>
        <translation>二元交叉熵</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="444"/>
        <source>cross-entropy</source>
        <translation>交叉熵</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="452"/>
        <source>Loss over the batch</source>
        <translation>批量的损失</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="462"/>
        <source>Whether the batch&apos;s losses are added up or averaged; the mean divides every weight step by the batch size.</source>
        <translation>批量中各样本的损失是相加还是取平均；取平均时，每一步权重更新都要除以批量大小。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="466"/>
        <source>sum</source>
        <translation>求和</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="471"/>
        <source>mean</source>
        <translation>平均</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="479"/>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="491"/>
        <source>The size of each weight step, on a logarithmic scale from 0.0001 to 10: each tick is ten times the one before.</source>
        <translation>每一步权重更新的大小，采用从 0.0001 到 10 的对数刻度：每个刻度是前一个的十倍。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="522"/>
        <source>The exact learning rate: how far each weight moves against its gradient in steps 11 and 12.</source>
        <translation>精确的学习率：第 11 和 12 步中每个权重沿梯度反方向移动多远。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="546"/>
        <source>Batch</source>
        <translation>批量</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="558"/>
        <source>How many samples each iteration uses: all of them, one at a time, or small groups.</source>
        <translation>每次迭代使用多少样本：全部、一次一个，或一小组。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="562"/>
        <source>full batch</source>
        <translation>全批量</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="567"/>
        <source>SGD (one sample)</source>
        <translation>SGD（每次一个样本）</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="572"/>
        <source>mini-batch</source>
        <translation>小批量</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="580"/>
        <source>Samples per mini-batch: each iteration computes the gradient from this many samples.</source>
        <translation>每个小批量的样本数：每次迭代用这么多样本计算梯度。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="598"/>
        <source>Epochs</source>
        <translation>轮数</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="608"/>
        <source>How many passes over all training samples the lesson plans (and the Train box starts at).</source>
        <translation>课程计划遍历全部训练样本的轮数（工具栏中训练轮数框的初始值）。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="624"/>
        <source>Stop training after the first epoch whose loss is at or below the target.</source>
        <translation>一旦某一轮的损失达到或低于目标值，就停止训练。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="627"/>
        <source>Stop at loss</source>
        <translation>目标损失</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="634"/>
        <source>The target loss: training ends once an epoch&apos;s loss is this small.</source>
        <translation>目标损失：某一轮的损失降到这么小时，训练结束。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="656"/>
        <source>Whether step 12 changes the biases too; off, they keep their initial values.</source>
        <translation>第 12 步是否也更新偏置；关闭时偏置保持初始值。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="659"/>
        <source>Update the biases</source>
        <translation>更新偏置</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="669"/>
        <source>Initial weights</source>
        <translation>初始权重</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="681"/>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="691"/>
        <source>How the starting weights are drawn; training begins from them at iteration 1.</source>
        <translation>初始权重的抽取方式；训练从第 1 次迭代开始于这些权重。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="695"/>
        <source>as given in the lesson</source>
        <translation>课程中给定的数值</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="700"/>
        <source>uniform</source>
        <translation>均匀分布</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="705"/>
        <source>normal</source>
        <translation>正态分布</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="710"/>
        <source>Xavier</source>
        <translation>Xavier</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="718"/>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="728"/>
        <source>The seed of the random weights: the same seed gives the same start every time.</source>
        <translation>随机权重的种子：相同的种子每次都给出相同的起点。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="741"/>
        <source>Standard deviation</source>
        <translation>标准差</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="751"/>
        <source>How widely the normal method spreads the starting weights around their mean.</source>
        <translation>正态分布方法让初始权重在均值周围分散的程度。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="770"/>
        <source>Biases</source>
        <translation>偏置</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="780"/>
        <source>Whether the biases start random like the weights or at zero.</source>
        <translation>偏置是像权重一样随机开始，还是从零开始。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="784"/>
        <source>random</source>
        <translation>随机</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="789"/>
        <source>zero</source>
        <translation>零</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dock.ui" line="800"/>
        <source>Every change takes effect at once; Edit → Undo takes it back.</source>
        <translation>每项更改立即生效；“编辑 → 撤销”可以撤回。</translation>
    </message>
</context>
<context>
    <name>SettingsRefusal</name>
    <message>
        <location filename="../../src/models/settings_change.cpp" line="49"/>
        <source>%1: not a setting that can be changed here</source>
        <translation>%1：这里不能修改这项设置</translation>
    </message>
</context>
<context>
    <name>StepExplanation</name>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="22"/>
        <source>&lt;p&gt;The biases move the same way as the weights in step 11, with &lt;b&gt;G&lt;/b&gt; = the sum of the deltas over the samples</source>
        <translation>&lt;p&gt;偏置的移动方式与第 11 步的权重相同，其中 &lt;b&gt;G&lt;/b&gt; = 误差项 δ 在各样本上的和</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="25"/>
        <source>, divided by B</source>
        <translation>，再除以 B</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="26"/>
        <source>. Weight decay never touches a bias. The iteration is complete; the next one starts from these weights and from what the optimiser remembers.&lt;/p&gt;</source>
        <translation>。权重衰减从不作用于偏置。本次迭代完成；下一次从这些权重和优化器记住的内容出发。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="32"/>
        <source>&lt;p&gt;First &lt;b&gt;G&lt;/b&gt;, what the tutorial adds before the learning rate: each weight&apos;s input times the delta it feeds, summed over the samples</source>
        <translation>&lt;p&gt;先算 &lt;b&gt;G&lt;/b&gt;，即教程在乘学习率之前所加的量：每个权重的输入乘以它所连接的误差项 δ，在各样本上求和</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="37"/>
        <source> and divided by B, the %1 rows of this batch</source>
        <translation>，再除以 B（本批的 %1 行）</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="41"/>
        <source>, minus λ·w: weight decay (λ = %1) pulls every weight towards zero, so only weights the data keeps asking for stay large</source>
        <translation>，再减去 λ·w：权重衰减（λ = %1）把每个权重拉向 0，只有数据一直需要的权重才会保持较大</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="46"/>
        <source>.&lt;/p&gt;</source>
        <translation>。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="50"/>
        <source>&lt;p&gt;Then each weight moves by lr·G (lr = %1).&lt;/p&gt;</source>
        <translation>&lt;p&gt;然后每个权重移动 lr·G（lr = %1）。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="55"/>
        <source>&lt;p&gt;&lt;b&gt;Momentum&lt;/b&gt; keeps a velocity per weight: velocity = β·velocity + G (β = %1), and the weight moves by lr·velocity (lr = %2). Steps in a steady direction add up and grow; steps that keep changing sign cancel, so zig-zags calm down.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;动量&lt;/b&gt;为每个权重保存一个速度：velocity = β·velocity + G（β = %1），权重移动 lr·velocity（lr = %2）。方向一致的步子累加变大；符号不断变化的步子相互抵消，于是来回振荡会平息下来。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="65"/>
        <source>&lt;p&gt;&lt;b&gt;Adam&lt;/b&gt; keeps two running means per weight: &lt;b&gt;m&lt;/b&gt; of G (β1 = %1), the direction the weight keeps moving in, and &lt;b&gt;v&lt;/b&gt; of G⊙G (β2 = %2), how large its changes have been. Both start at 0, so m̂ and v̂ divide by 1 − β1ᵗ and 1 − β2ᵗ to undo that early pull towards 0 (t = %3 here). Each weight then moves by lr·m̂/(√v̂ + ε) (lr = %4): about lr while G keeps its sign, whatever its size, so a weight that has moved a lot takes smaller steps than plain gradient steps would, and one with a tiny G still moves.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Adam&lt;/b&gt; 为每个权重保存两个滑动平均：G 的平均 &lt;b&gt;m&lt;/b&gt;（β1 = %1），即权重一直移动的方向；G⊙G 的平均 &lt;b&gt;v&lt;/b&gt;（β2 = %2），即它变化有多大。两者都从 0 开始，所以 m̂ 和 v̂ 分别除以 1 − β1ᵗ 和 1 − β2ᵗ，以抵消早期偏向 0 的影响（这里 t = %3）。然后每个权重移动 lr·m̂/(√v̂ + ε)（lr = %4）：只要 G 的符号不变，不管它多大，每步都约为 lr；所以变化大的权重比普通梯度步走得小，而 G 很小的权重仍然会移动。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="82"/>
        <source>&lt;p&gt;The learning rate is multiplied by %1 every %2 epochs; in this epoch it is %3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;学习率每 %2 轮乘以 %1；本轮的学习率是 %3。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="98"/>
        <source>&lt;p&gt;&lt;b&gt;X&lt;/b&gt; holds one sample per row and one input per column; &lt;b&gt;y&lt;/b&gt; holds the targets the network should learn to output for each sample.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;X&lt;/b&gt; 每行是一个样本、每列是一个输入；&lt;b&gt;y&lt;/b&gt; 是网络应当为每个样本学会输出的目标值。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="103"/>
        <source>&lt;p&gt;The network&apos;s knowledge is in its weights: &lt;b&gt;wh&lt;/b&gt; connects every input to every hidden unit, &lt;b&gt;bh&lt;/b&gt; is one bias per hidden unit, &lt;b&gt;wout&lt;/b&gt; and &lt;b&gt;bout&lt;/b&gt; do the same for the output. In iteration 1 they are the lesson&apos;s starting values; after that they are whatever the last update made them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;网络的知识都在权重里：&lt;b&gt;wh&lt;/b&gt; 把每个输入连到每个隐藏单元，&lt;b&gt;bh&lt;/b&gt; 是每个隐藏单元的偏置，&lt;b&gt;wout&lt;/b&gt; 和 &lt;b&gt;bout&lt;/b&gt; 对输出层起同样的作用。第 1 次迭代时它们是课程给出的初始值，之后是上一次更新的结果。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="113"/>
        <source>&lt;p&gt;Each hidden unit adds up its inputs, each multiplied by its weight, and adds its bias: a matrix product &lt;b&gt;X·wh&lt;/b&gt; does this for all samples and units at once. The same bias row is added to every sample.&lt;/p&gt;</source>
        <translation>&lt;p&gt;每个隐藏单元把输入分别乘以权重后相加，再加上偏置：矩阵乘积 &lt;b&gt;X·wh&lt;/b&gt; 一次完成所有样本和所有单元的计算。同一行偏置加到每个样本上。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="121"/>
        <source>&lt;p&gt;This lesson&apos;s hidden activation is &lt;b&gt;linear&lt;/b&gt;: the activations are the sums themselves. Nothing is bent, so the whole network can only draw straight boundaries.&lt;/p&gt;</source>
        <translation>&lt;p&gt;本课程的隐藏层激活函数是&lt;b&gt;线性&lt;/b&gt;的：激活值就是加权和本身。没有任何弯曲，所以整个网络只能画出直线边界。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="127"/>
        <source>&lt;p&gt;The activation function bends the sums so the network can learn curved boundaries. It is applied to every cell on its own.&lt;/p&gt;</source>
        <translation>&lt;p&gt;激活函数把这些和“弯曲”，网络才能学出弯曲的边界。它逐个单元格地独立作用。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="133"/>
        <source>&lt;p&gt;This network has &lt;b&gt;no hidden layer&lt;/b&gt;: the output is a weighted sum of the inputs &lt;b&gt;X&lt;/b&gt; with &lt;b&gt;wout&lt;/b&gt; and &lt;b&gt;bout&lt;/b&gt;, then the output activation (a perceptron, or linear regression with a linear output). Steps 3–4 and 9–10 do not exist, and the boundary it can draw between classes is a straight line.&lt;/p&gt;</source>
        <translation>&lt;p&gt;这个网络&lt;b&gt;没有隐藏层&lt;/b&gt;：输出是输入 &lt;b&gt;X&lt;/b&gt; 用 &lt;b&gt;wout&lt;/b&gt; 和 &lt;b&gt;bout&lt;/b&gt; 加权求和，再经过输出激活函数（这就是感知机；用线性输出时就是线性回归）。第 3–4 步和第 9–10 步不存在，它在两类之间只能画出一条直线作为边界。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="141"/>
        <source>&lt;p&gt;The output layer repeats steps 3 and 4 on the hidden activations: a weighted sum with &lt;b&gt;wout&lt;/b&gt; and &lt;b&gt;bout&lt;/b&gt;, then the output activation. This is the network&apos;s prediction; the forward pass is done.&lt;/p&gt;</source>
        <translation>&lt;p&gt;输出层对隐藏层的激活重复第 3、4 步：用 &lt;b&gt;wout&lt;/b&gt; 和 &lt;b&gt;bout&lt;/b&gt; 求加权和，再经过输出激活函数。这就是网络的预测，前向传播到此完成。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="149"/>
        <source>&lt;p&gt;&lt;b&gt;E = y − output&lt;/b&gt;: positive where the prediction is too low, negative where it is too high. Because E is written this way round, the updates in steps 11 and 12 &lt;b&gt;add&lt;/b&gt; (+=): together they are gradient descent on the loss.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;E = y − output&lt;/b&gt;：预测偏低处为正，偏高处为负。正因为 E 是这样写的，第 11、12 步的更新用&lt;b&gt;加&lt;/b&gt;（+=）：合起来就是对损失的梯度下降。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="157"/>
        <source>&lt;p&gt;The slope of each activation tells how much a small change of a unit&apos;s input would change its output. Flat places (a saturated sigmoid, a ReLU below zero, a step) pass little or nothing back.&lt;/p&gt;</source>
        <translation>&lt;p&gt;每个激活函数的导数（斜率）表示单元输入的微小变化会让输出改变多少。平坦的地方（饱和的 sigmoid、小于零的 ReLU、阶跃函数）几乎不把误差传回去。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="164"/>
        <source>&lt;p&gt;With this loss and output activation the slope &lt;b&gt;cancels&lt;/b&gt;: the derivative of the loss with respect to the output layer&apos;s input is exactly −E, so &lt;b&gt;d_output = E&lt;/b&gt;. slope_output_layer is shown but not used.&lt;/p&gt;</source>
        <translation>&lt;p&gt;在这种损失函数和输出激活函数下，输出激活函数的导数与损失函数的导数&lt;b&gt;相消&lt;/b&gt;（sigmoid 与二元交叉熵、softmax 与交叉熵）：损失对输出层输入的导数恰好是 −E，所以 &lt;b&gt;d_output = E&lt;/b&gt;。slope_output_layer 会显示，但不参与计算。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="170"/>
        <source>&lt;p&gt;&lt;b&gt;d_output = E ⊙ slope_output_layer&lt;/b&gt;: how strongly, and in which direction, each output unit&apos;s input should move. ⊙ multiplies cell by cell.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;d_output = E ⊙ slope_output_layer&lt;/b&gt;：每个输出单元的输入应当朝哪个方向、以多大力度变化。⊙ 表示逐元素相乘。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="175"/>
        <source>&lt;p&gt;Some drawings of this step multiply by the learning rate here; the code they come with does not. The learning rate enters only in steps 11 and 12.&lt;/p&gt;</source>
        <translation>&lt;p&gt;有些图示在这一步就乘上了学习率，但配套的代码并没有这样做。学习率只在第 11 和 12 步出现。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="181"/>
        <source>&lt;p&gt;The error is sent back along the same connections: each hidden unit gets the output deltas weighted by the weights that connect it to them, &lt;b&gt;d_output · woutᵀ&lt;/b&gt;. This uses &lt;b&gt;wout as it was before step 11&lt;/b&gt; changes it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;误差沿着同样的连接传回去：每个隐藏单元得到按连接权重加权的输出误差项 δ，&lt;b&gt;d_output · woutᵀ&lt;/b&gt;。这里用的是&lt;b&gt;第 11 步更新之前的 wout&lt;/b&gt;。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="189"/>
        <source>&lt;p&gt;As in step 8, the hidden error is scaled by the slope of the hidden activation: &lt;b&gt;d_hiddenlayer = Error_at_hidden_layer ⊙ slope_hidden_layer&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;与第 8 步一样，隐藏层误差乘以隐藏层激活函数的导数（斜率）：&lt;b&gt;d_hiddenlayer = Error_at_hidden_layer ⊙ slope_hidden_layer&lt;/b&gt;。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="196"/>
        <source>&lt;p&gt;Each weight moves by its input times the delta it feeds, summed over the samples, times the learning rate (here %1) divided by &lt;b&gt;B&lt;/b&gt;, the %2 rows of this batch, because this lesson&apos;s loss is their &lt;b&gt;mean&lt;/b&gt;: &lt;b&gt;wout += hiddenlayer_activationsᵀ·d_output·lr/B&lt;/b&gt; and &lt;b&gt;wh += Xᵀ·d_hiddenlayer·lr/B&lt;/b&gt;. The deltas are the same as with a summed loss; only the step is B times smaller.&lt;/p&gt;</source>
        <translation>&lt;p&gt;每个权重的变化量是它的输入乘以它所连接单元的误差项 δ，对所有样本求和，再乘以学习率（这里是 %1）并除以 &lt;b&gt;B&lt;/b&gt;，即这个批量的 %2 行，因为本课程的损失是它们的&lt;b&gt;平均值&lt;/b&gt;：&lt;b&gt;wout += hiddenlayer_activationsᵀ·d_output·lr/B&lt;/b&gt;，&lt;b&gt;wh += Xᵀ·d_hiddenlayer·lr/B&lt;/b&gt;。误差项 δ 与损失求和时相同，只是每一步小了 B 倍。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="210"/>
        <source>&lt;p&gt;Each weight moves by its input times the delta it feeds, summed over the samples, times the learning rate (here %1): &lt;b&gt;wout += hiddenlayer_activationsᵀ·d_output·lr&lt;/b&gt; and &lt;b&gt;wh += Xᵀ·d_hiddenlayer·lr&lt;/b&gt;. The learning rate enters only here and in step 12.&lt;/p&gt;</source>
        <translation>&lt;p&gt;每个权重的变化量是它的输入乘以它所连接单元的误差项 δ，对所有样本求和，再乘以学习率（这里是 %1）：&lt;b&gt;wout += hiddenlayer_activationsᵀ·d_output·lr&lt;/b&gt;，&lt;b&gt;wh += Xᵀ·d_hiddenlayer·lr&lt;/b&gt;。学习率只在这一步和第 12 步出现。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="220"/>
        <source>&lt;p&gt;A bias acts like a weight on an input that is always 1, so its update is the sum of the deltas over the samples (the rows), times the learning rate. The iteration is complete; the next one starts from these weights.&lt;/p&gt;</source>
        <translation>&lt;p&gt;偏置相当于一个输入恒为 1 的权重，所以它的更新量是误差项 δ 对所有样本（各行）的和，再乘以学习率。本次迭代完成，下一次从这些权重开始。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="229"/>
        <source>&lt;p&gt;As in step 11 the sum is divided by B, the batch&apos;s rows: the loss is their mean.&lt;/p&gt;</source>
        <translation>&lt;p&gt;与第 11 步一样，总和要除以 B，即这个批量的行数：损失是它们的平均值。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="259"/>
        <source>&lt;p&gt;This network has %1 hidden layers; each has its own weights and biases: %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;这个网络有 %1 个隐藏层；每一层都有自己的权重和偏置：%2。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="268"/>
        <source>&lt;p&gt;Hidden layer %1 does the same with what hidden layer %2 passes on: %3. Its inputs are the activations of the layer below, not X.&lt;/p&gt;</source>
        <translation>&lt;p&gt;第 %1 个隐藏层对第 %2 个隐藏层传来的值做同样的事：%3。它的输入是下面一层的激活值，而不是 X。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="278"/>
        <source>&lt;p&gt;&lt;b&gt;Dropout&lt;/b&gt; (p = %1): in this training iteration each unit of each sample is kept with probability 1 − p (%2 is 1) or left out (0; its cells are greyed here and in the steps that follow). The kept ones are divided by 1 − p, so the next layer gets as much on average: it reads %3. Test loss, accuracy and the 2-D views use no dropout.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Dropout&lt;/b&gt;（p = %1）：在这次训练迭代中，每个样本的每个单元以概率 1 − p 被保留（%2 为 1），否则被去掉（为 0；它的单元格在这里和后面的步骤中都以灰色显示）。保留的值除以 1 − p，所以下一层平均得到的一样多：它读取的是 %3。测试损失、准确率和二维视图都不使用 dropout。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="293"/>
        <source>&lt;p&gt;The error is sent back one layer further: each unit of hidden layer %1 gets the deltas of hidden layer %2 weighted by the weights that connect it to them, %3. This uses %4 as it was before step 11 changes it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;误差再往回传一层：第 %1 个隐藏层的每个单元得到第 %2 个隐藏层的误差项 δ，并按连接它们的权重加权，即 %3。这里用的是第 11 步修改之前的 %4。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="307"/>
        <source>&lt;p&gt;As in step 8, the error of hidden layer %1 is scaled by the slope of its activation: %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;与第 8 步一样，第 %1 个隐藏层的误差乘以其激活函数的导数（斜率）：%2。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="314"/>
        <source>&lt;p&gt;A unit that dropout left out passed nothing on, so it gets no error back: %1/(1 − p) makes its delta 0 (greyed), whatever %2 says.&lt;/p&gt;</source>
        <translation>&lt;p&gt;被 dropout 去掉的单元没有向前传出任何东西，所以也得不到传回的误差：不管 %2 是多少，%1/(1 − p) 都让它的误差项 δ 为 0（灰色显示）。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="323"/>
        <source>&lt;p&gt;Layer by layer, each weight moves by its input times the delta it feeds, summed over the samples, times the learning rate (here %1): %2. The learning rate enters only here and in step 12.&lt;/p&gt;</source>
        <translation>&lt;p&gt;逐层地，每个权重的变化量是它的输入乘以它所连接的误差项 δ，对所有样本求和，再乘以学习率（这里是 %1）：%2。学习率只在这一步和第 12 步中出现。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="337"/>
        <source>&lt;p&gt;With dropout (p = %1), a unit left out in every sample of this batch gets nothing from the batch&apos;s error: its column in the weights into its layer and its row in the weights out of it are greyed, in G as well.&lt;/p&gt;</source>
        <translation>&lt;p&gt;使用 dropout（p = %1）时，在这一批所有样本中都被去掉的单元得不到这一批误差的任何贡献：进入它所在层的权重中它的那一列、从它出去的权重中它的那一行都以灰色显示，G 中也是如此。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="18"/>
        <location filename="../../src/ui/step_explanations.cpp" line="234"/>
        <source>&lt;p&gt;This lesson &lt;b&gt;freezes the biases&lt;/b&gt;, as some textbook examples do: they stay as they are. The iteration is complete.&lt;/p&gt;</source>
        <translation>&lt;p&gt;与一些教材的例子一样，本课&lt;b&gt;冻结偏置&lt;/b&gt;：偏置保持不变。本次迭代完成。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>StepTitle</name>
    <message>
        <location filename="../../src/io/step_titles.cpp" line="14"/>
        <source>Read inputs and targets</source>
        <translation>读取输入和目标</translation>
    </message>
    <message>
        <location filename="../../src/io/step_titles.cpp" line="15"/>
        <source>Initial weights and biases</source>
        <translation>初始权重和偏置</translation>
    </message>
    <message>
        <location filename="../../src/io/step_titles.cpp" line="16"/>
        <source>Hidden layer input</source>
        <translation>隐藏层输入</translation>
    </message>
    <message>
        <location filename="../../src/io/step_titles.cpp" line="17"/>
        <source>Hidden layer activations</source>
        <translation>隐藏层激活</translation>
    </message>
    <message>
        <location filename="../../src/io/step_titles.cpp" line="18"/>
        <source>Output layer</source>
        <translation>输出层</translation>
    </message>
    <message>
        <location filename="../../src/io/step_titles.cpp" line="19"/>
        <source>Error at the output</source>
        <translation>输出误差</translation>
    </message>
    <message>
        <location filename="../../src/io/step_titles.cpp" line="20"/>
        <source>Slopes of the activations</source>
        <translation>激活函数的导数（斜率）</translation>
    </message>
    <message>
        <location filename="../../src/io/step_titles.cpp" line="21"/>
        <source>Delta at the output layer</source>
        <translation>输出层的误差项 δ</translation>
    </message>
    <message>
        <location filename="../../src/io/step_titles.cpp" line="22"/>
        <source>Error at the hidden layer</source>
        <translation>隐藏层误差</translation>
    </message>
    <message>
        <location filename="../../src/io/step_titles.cpp" line="23"/>
        <source>Delta at the hidden layer</source>
        <translation>隐藏层的误差项 δ</translation>
    </message>
    <message>
        <location filename="../../src/io/step_titles.cpp" line="24"/>
        <source>Update the weights</source>
        <translation>更新权重</translation>
    </message>
    <message>
        <location filename="../../src/io/step_titles.cpp" line="25"/>
        <source>Update the biases</source>
        <translation>更新偏置</translation>
    </message>
</context>
<context>
    <name>StudentNameDialog</name>
    <message>
        <location filename="../../ui/student_name_dialog.ui" line="17"/>
        <source>Student name</source>
        <translation>学生姓名</translation>
    </message>
    <message>
        <location filename="../../ui/student_name_dialog.ui" line="23"/>
        <source>Your name, as your teacher should see it in the exported results.
When the lesson gives each student their own numbers, they come from this name.</source>
        <translation>你的姓名，老师会在导出的结果中看到它。
如果课程给每个学生不同的数字，这些数字由姓名决定。</translation>
    </message>
    <message>
        <location filename="../../ui/student_name_dialog.ui" line="37"/>
        <source>First name and family name</source>
        <translation>名字和姓氏</translation>
    </message>
</context>
<context>
    <name>SweepConfiguration</name>
    <message>
        <location filename="../../src/models/sweep_configuration.cpp" line="28"/>
        <source>no such configuration</source>
        <translation>没有这个配置</translation>
    </message>
    <message>
        <location filename="../../src/models/sweep_configuration.cpp" line="51"/>
        <source>the lesson&apos;s data is not generated, so no fresh data can be drawn</source>
        <translation>课程的数据不是生成的，所以无法抽取新数据</translation>
    </message>
    <message>
        <location filename="../../src/models/sweep_configuration.cpp" line="56"/>
        <source>fresh data needs at least 1 sample</source>
        <translation>新数据至少需要 1 个样本</translation>
    </message>
    <message>
        <location filename="../../src/models/sweep_configuration.cpp" line="62"/>
        <source>the lesson is not a classification, so it has no accuracy</source>
        <translation>课程不是分类任务，所以没有准确率</translation>
    </message>
</context>
<context>
    <name>SweepDock</name>
    <message>
        <location filename="../../ui/sweep_dock.ui" line="55"/>
        <source>Values per setting</source>
        <translation>每项设置的取值</translation>
    </message>
    <message>
        <location filename="../../ui/sweep_dock.ui" line="58"/>
        <source>Comma-separated values per setting; an empty line keeps the lesson&apos;s value</source>
        <translation>每项设置的取值用逗号分隔；留空则沿用课程的值</translation>
    </message>
    <message>
        <location filename="../../ui/sweep_dock.ui" line="92"/>
        <source>&amp;Run sweep</source>
        <translation>运行扫描(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/sweep_dock.ui" line="95"/>
        <source>Train every configuration in the background</source>
        <translation>在后台训练每一种配置</translation>
    </message>
    <message>
        <location filename="../../ui/sweep_dock.ui" line="102"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/sweep_dock.ui" line="105"/>
        <source>Stop now; the finished rows stay</source>
        <translation>立即停止；已完成的行保留</translation>
    </message>
    <message>
        <location filename="../../ui/sweep_dock.ui" line="149"/>
        <source>Test accuracy ≥</source>
        <translation>测试准确率 ≥</translation>
    </message>
    <message>
        <location filename="../../ui/sweep_dock.ui" line="155"/>
        <source>Rows below this test accuracy are greyed and not marked in the plots</source>
        <translation>测试准确率低于此值的行显示为灰色，且不在图中标出</translation>
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
        <translation>差距 ≤</translation>
    </message>
    <message>
        <location filename="../../ui/sweep_dock.ui" line="184"/>
        <source>The difference between train and test accuracy</source>
        <translation>训练准确率与测试准确率之差</translation>
    </message>
    <message>
        <location filename="../../ui/sweep_dock.ui" line="207"/>
        <source>time ≤</source>
        <translation>时间 ≤</translation>
    </message>
    <message>
        <location filename="../../ui/sweep_dock.ui" line="213"/>
        <source>Training time of the configuration</source>
        <translation>该配置的训练时间</translation>
    </message>
    <message>
        <location filename="../../ui/sweep_dock.ui" line="226"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../ui/sweep_dock.ui" line="257"/>
        <source>Select it</source>
        <translation>选中它</translation>
    </message>
    <message>
        <location filename="../../ui/sweep_dock.ui" line="260"/>
        <source>Select the fastest configuration that passes the filters (then Test on fresh data)</source>
        <translation>选中通过筛选且最快的配置（然后用新数据测试）</translation>
    </message>
    <message>
        <location filename="../../ui/sweep_dock.ui" line="284"/>
        <source>Click a header to sort; double-click a row to open that configuration as the lesson, trained</source>
        <translation>点击表头排序；双击一行即把该配置作为课程打开并训练好</translation>
    </message>
    <message>
        <location filename="../../ui/sweep_dock.ui" line="293"/>
        <source>Test on fresh data</source>
        <translation>用新数据测试</translation>
    </message>
    <message>
        <location filename="../../ui/sweep_dock.ui" line="296"/>
        <source>Train the selected configuration and score it on newly drawn samples of the lesson&apos;s generator</source>
        <translation>训练所选配置，并用课程生成器新抽取的样本为它打分</translation>
    </message>
    <message>
        <location filename="../../ui/sweep_dock.ui" line="306"/>
        <source>seed </source>
        <translation>种子 </translation>
    </message>
    <message>
        <location filename="../../ui/sweep_dock.ui" line="322"/>
        <source> samples</source>
        <translation> 个样本</translation>
    </message>
    <message>
        <location filename="../../ui/sweep_dock.ui" line="345"/>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <location filename="../../ui/sweep_dock.ui" line="348"/>
        <source>Train the selected configurations side by side: input space, hidden space and loss curve at one shared epoch</source>
        <translation>并排训练所选配置：输入空间、隐藏空间和损失曲线，共用一个轮次</translation>
    </message>
    <message>
        <location filename="../../ui/sweep_dock.ui" line="358"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/sweep_dock.ui" line="361"/>
        <source>The results as backstep-cli sweep writes them</source>
        <translation>结果的格式与 backstep-cli sweep 写出的相同</translation>
    </message>
</context>
<context>
    <name>SweepGrid</name>
    <message>
        <location filename="../../src/io/sweep_grid.cpp" line="66"/>
        <source>--grid %1: expected KEY=V1,V2,… (keys: %2)</source>
        <translation>--grid %1：应为 KEY=V1,V2,…（可用的键：%2）</translation>
    </message>
    <message>
        <location filename="../../src/io/sweep_grid.cpp" line="72"/>
        <source>--grid %1: unknown key &quot;%2&quot;; use %3</source>
        <translation>--grid %1：未知的键“%2”；请使用 %3</translation>
    </message>
    <message>
        <location filename="../../src/io/sweep_grid.cpp" line="80"/>
        <source>--grid %1: no values</source>
        <translation>--grid %1：没有取值</translation>
    </message>
    <message>
        <location filename="../../src/io/sweep_grid.cpp" line="90"/>
        <source>unknown key &quot;%1&quot;</source>
        <translation>未知的键“%1”</translation>
    </message>
    <message>
        <location filename="../../src/io/sweep_grid.cpp" line="94"/>
        <source>%1=%2: expected %3</source>
        <translation>%1=%2：应为 %3</translation>
    </message>
    <message>
        <location filename="../../src/io/sweep_grid.cpp" line="103"/>
        <source>a unit count from 1 to %1, or layers as 8x4</source>
        <translation>1 到 %1 之间的单元数，或 8x4 这样的多层</translation>
    </message>
    <message>
        <location filename="../../src/io/sweep_grid.cpp" line="113"/>
        <source>a whole number up to %1</source>
        <translation>不超过 %1 的整数</translation>
    </message>
    <message>
        <location filename="../../src/io/sweep_grid.cpp" line="120"/>
        <source>a number &gt; 0</source>
        <translation>大于 0 的数</translation>
    </message>
    <message>
        <location filename="../../src/io/sweep_grid.cpp" line="121"/>
        <source>a number ≥ 0</source>
        <translation>不小于 0 的数</translation>
    </message>
    <message>
        <location filename="../../src/io/sweep_grid.cpp" line="129"/>
        <source>full, sgd or a batch size</source>
        <translation>full、sgd 或批量大小</translation>
    </message>
    <message>
        <location filename="../../src/io/sweep_grid.cpp" line="150"/>
        <source>%1 configurations are more than the limit of %2; sweep fewer values</source>
        <translation>%1 个配置超过了上限 %2；请减少取值</translation>
    </message>
    <message>
        <location filename="../../src/io/sweep_grid.cpp" line="159"/>
        <source>--grid %1: the lesson&apos;s data is not generated, so it has no %1</source>
        <translation>--grid %1：课程的数据不是生成的，所以没有 %1</translation>
    </message>
</context>
<context>
    <name>TraceExport</name>
    <message>
        <location filename="../../src/io/trace_export.cpp" line="16"/>
        <source>%1: cannot create the folder</source>
        <translation>%1：无法创建文件夹</translation>
    </message>
</context>
<context>
    <name>WindowIcons</name>
    <message>
        <location filename="../../src/ui/window_icons.cpp" line="85"/>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_icons.cpp" line="87"/>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
</context>
<context>
    <name>WorkbookText</name>
    <message>
        <location filename="../../src/io/workbook_layout.cpp" line="78"/>
        <source>Forward pass: hidden layers</source>
        <translation>前向传播：隐藏层</translation>
    </message>
    <message>
        <location filename="../../src/io/workbook_layout.cpp" line="79"/>
        <source>Forward pass: hidden layer</source>
        <translation>前向传播：隐藏层</translation>
    </message>
    <message>
        <location filename="../../src/io/workbook_layout.cpp" line="85"/>
        <source>Forward pass: output layer</source>
        <translation>前向传播：输出层</translation>
    </message>
    <message>
        <location filename="../../src/io/workbook_layout.cpp" line="89"/>
        <source>Error and slopes</source>
        <translation>误差与导数（斜率）</translation>
    </message>
    <message>
        <location filename="../../src/io/workbook_layout.cpp" line="95"/>
        <source>Backward pass</source>
        <translation>反向传播</translation>
    </message>
    <message>
        <location filename="../../src/io/workbook_layout.cpp" line="109"/>
        <source>Updates: weights and biases after the iteration</source>
        <translation>更新：本次迭代之后的权重和偏置</translation>
    </message>
    <message>
        <location filename="../../src/io/workbook_writer.cpp" line="44"/>
        <source>sample %1</source>
        <translation>样本 %1</translation>
    </message>
    <message>
        <location filename="../../src/io/workbook_writer.cpp" line="45"/>
        <source>bias</source>
        <translation>偏置</translation>
    </message>
    <message>
        <location filename="../../src/io/workbook_writer.cpp" line="151"/>
        <source>%1  (%2×%3, step %4)</source>
        <translation>%1（%2×%3，第 %4 步）</translation>
    </message>
    <message>
        <location filename="../../src/io/workbook_writer.cpp" line="158"/>
        <source>Step %1: %2</source>
        <translation>第 %1 步：%2</translation>
    </message>
    <message>
        <location filename="../../src/io/workbook_writer.cpp" line="204"/>
        <source>%1: iteration %2 (batch of %3)</source>
        <translation>%1：第 %2 次迭代（批次中 %3 个样本）</translation>
    </message>
    <message>
        <location filename="../../src/io/workbook_writer.cpp" line="211"/>
        <source>learning rate (lr)</source>
        <translation>学习率（lr）</translation>
    </message>
    <message>
        <location filename="../../src/io/workbook_writer.cpp" line="217"/>
        <source>batch rows (batch_rows)</source>
        <translation>批次行数（batch_rows）</translation>
    </message>
    <message>
        <location filename="../../src/io/workbook_writer.cpp" line="220"/>
        <source>loss (loss)</source>
        <translation>损失（loss）</translation>
    </message>
    <message>
        <location filename="../../src/io/workbook_writer.cpp" line="226"/>
        <source>%1, divided by batch_rows (mean), before the update</source>
        <translation>%1，除以 batch_rows（取平均），更新之前的值</translation>
    </message>
    <message>
        <location filename="../../src/io/workbook_writer.cpp" line="227"/>
        <source>%1, before the update</source>
        <translation>%1，更新之前的值</translation>
    </message>
    <message>
        <location filename="../../src/io/workbook_writer.cpp" line="229"/>
        <source>Every computed cell is a formula of the cells it comes from: edit X, y, the weights or lr and the workbook recomputes.</source>
        <translation>每个计算出的单元格都是由其来源单元格组成的公式：修改 X、y、权重或 lr，整个工作簿会重新计算。</translation>
    </message>
    <message>
        <location filename="../../src/io/workbook_writer.cpp" line="232"/>
        <source>Starts from the updated weights of &apos;%1&apos;; samples seen on an earlier sheet refer to their first X and y.</source>
        <translation>从工作表“%1”更新后的权重开始；在前面工作表中出现过的样本引用它们第一次出现时的 X 和 y。</translation>
    </message>
    <message>
        <location filename="../../src/io/workbook_writer.cpp" line="241"/>
        <source>step %1 (%2): the cells it computes  —  %3</source>
        <translation>第 %1 步（%2）：它计算的单元格  —  %3</translation>
    </message>
    <message>
        <location filename="../../src/io/workbook_writer.cpp" line="249"/>
        <source>the cells they are computed from</source>
        <translation>计算它们所用的单元格</translation>
    </message>
</context>
<context>
    <name>WorkbookWriterText</name>
    <message>
        <location filename="../../src/io/workbook_writer.cpp" line="275"/>
        <source>workbook: %1 iterations are more sheets than the limit of %2; use fewer iterations</source>
        <translation>workbook：%1 次迭代的工作表数超过了上限 %2；请减少迭代次数</translation>
    </message>
    <message>
        <location filename="../../src/io/workbook_writer.cpp" line="282"/>
        <source>workbook: a sheet would need %1 rows, a spreadsheet has at most %2; use a smaller batch (training.batch)</source>
        <translation>workbook：一张工作表需要 %1 行，电子表格最多只有 %2 行；请使用更小的批次（training.batch）</translation>
    </message>
    <message>
        <location filename="../../src/io/workbook_writer.cpp" line="287"/>
        <source>workbook: a sheet would need %1 columns, a spreadsheet has at most %2; use fewer units or hidden layers</source>
        <translation>workbook：一张工作表需要 %1 列，电子表格最多只有 %2 列；请减少单元或隐藏层</translation>
    </message>
    <message>
        <location filename="../../src/io/workbook_writer.cpp" line="295"/>
        <source>workbook: %1 iteration(s) would need %2 cells, the limit is %3; use at most %4 iterations</source>
        <translation>workbook：%1 次迭代需要 %2 个单元格，上限是 %3；最多使用 %4 次迭代</translation>
    </message>
    <message>
        <location filename="../../src/io/workbook_writer.cpp" line="298"/>
        <source>workbook: %1 iteration(s) would need %2 cells, the limit is %3; use a smaller batch or fewer units</source>
        <translation>workbook：%1 次迭代需要 %2 个单元格，上限是 %3；请使用更小的批次或更少的单元</translation>
    </message>
    <message>
        <location filename="../../src/io/workbook_writer.cpp" line="311"/>
        <source>%1: no iteration to write</source>
        <translation>%1：没有可写出的迭代</translation>
    </message>
    <message>
        <location filename="../../src/io/workbook_writer.cpp" line="314"/>
        <source>workbook: step %1 does not exist; steps are 1 to 12</source>
        <translation>workbook：没有第 %1 步；步骤为 1 到 12</translation>
    </message>
    <message>
        <location filename="../../src/io/workbook_writer.cpp" line="320"/>
        <source>workbook: %1 holds a value that is not finite; a spreadsheet cannot hold it, so export fewer iterations</source>
        <translation>workbook：%1 中有非有限值；电子表格无法保存它，请导出更少的迭代</translation>
    </message>
    <message>
        <location filename="../../src/io/workbook_writer.cpp" line="327"/>
        <source>%1: cannot create a temporary folder: %2</source>
        <translation>%1：无法创建临时文件夹：%2</translation>
    </message>
    <message>
        <location filename="../../src/io/workbook_writer.cpp" line="339"/>
        <source>%1: cannot start the workbook (out of memory?)</source>
        <translation>%1：无法开始写工作簿（内存不足？）</translation>
    </message>
    <message>
        <location filename="../../src/io/workbook_writer.cpp" line="367"/>
        <source>%1: cannot write the workbook: %2; the earlier file (if any) is unchanged</source>
        <translation>%1：无法写入工作簿：%2；原有文件（如果有）保持不变</translation>
    </message>
    <message>
        <location filename="../../src/io/workbook_writer.cpp" line="373"/>
        <source>%1: cannot read the written workbook back: %2</source>
        <translation>%1：无法读回写好的工作簿：%2</translation>
    </message>
    <message>
        <location filename="../../src/io/workbook_writer.cpp" line="390"/>
        <source>workbook: %1; export fewer iterations</source>
        <translation>workbook：%1；请导出更少的迭代</translation>
    </message>
</context>
<context>
    <name>backstep::AnimationDialog</name>
    <message>
        <location filename="../../src/ui/animation_dialog.cpp" line="56"/>
        <source>%1 frames are too many (at most %2): choose a larger frame step.</source>
        <translation>%1 帧太多（最多 %2 帧）：请选择更大的帧间隔。</translation>
    </message>
    <message>
        <location filename="../../src/ui/animation_dialog.cpp" line="60"/>
        <source>%1 frames of this size are too large to hold in memory: choose a larger frame step or a smaller size.</source>
        <translation>%1 帧这样大小的图像在内存中放不下：请选择更大的帧间隔或更小的尺寸。</translation>
    </message>
    <message>
        <location filename="../../src/ui/animation_dialog.cpp" line="64"/>
        <source>%1 frames, shown for 0.1 s each; the last one for 2 s.</source>
        <translation>共 %1 帧，每帧显示 0.1 秒，最后一帧显示 2 秒。</translation>
    </message>
</context>
<context>
    <name>backstep::AnimationExport</name>
    <message>
        <location filename="../../src/ui/animation_export.cpp" line="52"/>
        <source>Animated GIF images (*.gif)</source>
        <translation>GIF 动画 (*.gif)</translation>
    </message>
    <message>
        <location filename="../../src/ui/animation_export.cpp" line="56"/>
        <location filename="../../src/ui/animation_export.cpp" line="112"/>
        <source>Export animation</source>
        <translation>导出动画</translation>
    </message>
    <message>
        <location filename="../../src/ui/animation_export.cpp" line="74"/>
        <location filename="../../src/render/animation.h" line="59"/>
        <source>Epoch %1 of %2 · accuracy %3 % · loss %4</source>
        <translation>第 %1 轮，共 %2 轮 · 准确率 %3 % · 损失 %4</translation>
    </message>
    <message>
        <location filename="../../src/ui/animation_export.cpp" line="75"/>
        <location filename="../../src/render/animation.h" line="62"/>
        <source>Epoch %1 of %2 · loss %3</source>
        <translation>第 %1 轮，共 %2 轮 · 损失 %3</translation>
    </message>
    <message>
        <location filename="../../src/ui/animation_export.cpp" line="83"/>
        <location filename="../../src/render/animation.h" line="69"/>
        <source>Loss per epoch</source>
        <translation>每轮的损失</translation>
    </message>
    <message>
        <location filename="../../src/ui/animation_export.cpp" line="84"/>
        <location filename="../../src/render/animation.h" line="70"/>
        <source>epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location filename="../../src/ui/animation_export.cpp" line="85"/>
        <location filename="../../src/render/animation.h" line="71"/>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../../src/ui/animation_export.cpp" line="86"/>
        <location filename="../../src/render/animation.h" line="72"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location filename="../../src/ui/animation_export.cpp" line="109"/>
        <source>Recording the animation…</source>
        <translation>正在录制动画…</translation>
    </message>
    <message>
        <location filename="../../src/ui/animation_export.cpp" line="109"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../src/ui/animation_export.cpp" line="141"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../src/ui/animation_export.cpp" line="146"/>
        <source>Wrote the animation %1</source>
        <translation>已写入动画 %1</translation>
    </message>
</context>
<context>
    <name>backstep::ComparePanel</name>
    <message>
        <location filename="../../src/ui/compare_panel.cpp" line="32"/>
        <source>Hidden units 1 and 2 of %1</source>
        <translation>共 %1 个隐藏单元中的第 1、2 个</translation>
    </message>
    <message>
        <location filename="../../src/ui/compare_panel.cpp" line="59"/>
        <source>loss %1</source>
        <translation>损失 %1</translation>
    </message>
    <message>
        <location filename="../../src/ui/compare_panel.cpp" line="77"/>
        <source>Input space</source>
        <translation>输入空间</translation>
    </message>
    <message>
        <location filename="../../src/ui/compare_panel.cpp" line="78"/>
        <source>Before activation</source>
        <translation>激活前</translation>
    </message>
    <message>
        <location filename="../../src/ui/compare_panel.cpp" line="80"/>
        <source>After activation</source>
        <translation>激活后</translation>
    </message>
    <message>
        <location filename="../../src/ui/compare_panel.cpp" line="95"/>
        <source>epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location filename="../../src/ui/compare_panel.cpp" line="95"/>
        <source>loss</source>
        <translation>损失</translation>
    </message>
</context>
<context>
    <name>backstep::CompareWindow</name>
    <message>
        <location filename="../../src/ui/compare_window.cpp" line="69"/>
        <source>Compare configurations (%1)</source>
        <translation>比较配置（%1 个）</translation>
    </message>
    <message>
        <location filename="../../src/ui/compare_window.cpp" line="39"/>
        <source>One epoch for every configuration: the weights they had then</source>
        <translation>所有配置共用一个轮次：显示它们在那时的权重</translation>
    </message>
    <message>
        <location filename="../../src/ui/compare_window.cpp" line="43"/>
        <source>Epoch:</source>
        <translation>轮次：</translation>
    </message>
    <message>
        <location filename="../../src/ui/compare_window.cpp" line="73"/>
        <source>epoch %1</source>
        <translation>第 %1 轮</translation>
    </message>
</context>
<context>
    <name>backstep::EvaluationView</name>
    <message>
        <location filename="../../src/ui/evaluation_view.cpp" line="108"/>
        <source>Predicted against actual</source>
        <translation>预测值与实际值</translation>
    </message>
    <message>
        <location filename="../../src/ui/evaluation_view.cpp" line="111"/>
        <source>training samples</source>
        <translation>训练样本</translation>
    </message>
    <message>
        <location filename="../../src/ui/evaluation_view.cpp" line="114"/>
        <source>test samples</source>
        <translation>测试样本</translation>
    </message>
    <message>
        <location filename="../../src/ui/evaluation_view.cpp" line="117"/>
        <source>perfect</source>
        <translation>完全一致</translation>
    </message>
    <message>
        <location filename="../../src/ui/evaluation_view.cpp" line="122"/>
        <source>actual</source>
        <translation>实际值</translation>
    </message>
    <message>
        <location filename="../../src/ui/evaluation_view.cpp" line="124"/>
        <source>predicted</source>
        <translation>预测值</translation>
    </message>
    <message>
        <location filename="../../src/ui/evaluation_view.cpp" line="193"/>
        <source>Training samples: %1 of %2 right</source>
        <translation>训练样本：%2 个中对了 %1 个</translation>
    </message>
    <message>
        <location filename="../../src/ui/evaluation_view.cpp" line="198"/>
        <source>Test samples: %1 of %2 right</source>
        <translation>测试样本：%2 个中对了 %1 个</translation>
    </message>
</context>
<context>
    <name>backstep::FormulaBar</name>
    <message>
        <location filename="../../src/ui/formula_bar.cpp" line="54"/>
        <source>your answer</source>
        <translation>你的答案</translation>
    </message>
    <message>
        <location filename="../../src/ui/formula_bar.cpp" line="56"/>
        <source>Type the value of the focused cell and press Enter</source>
        <translation>输入当前单元格的值，然后按 Enter</translation>
    </message>
    <message>
        <location filename="../../src/ui/formula_bar.cpp" line="89"/>
        <source>Type the value of %1 (to %2 decimal places) in the cell or in the box, then press Enter. Stuck? Step → Hint (Ctrl+H).</source>
        <translation>在单元格或右边的输入框里填入 %1 的值（保留 %2 位小数），然后按 Enter。卡住了？步骤 → 提示（Ctrl+H）。</translation>
    </message>
    <message>
        <location filename="../../src/ui/formula_bar.cpp" line="93"/>
        <source>Type the value of %1 in the cell or in the box, then press Enter. Stuck? Step → Hint (Ctrl+H).</source>
        <translation>在单元格或右边的输入框里填入 %1 的值，然后按 Enter。卡住了？步骤 → 提示（Ctrl+H）。</translation>
    </message>
    <message>
        <location filename="../../src/ui/formula_bar.cpp" line="115"/>
        <source>no cell</source>
        <translation>未选中单元格</translation>
    </message>
    <message>
        <location filename="../../src/ui/formula_bar.cpp" line="116"/>
        <source>Click a number to see where it comes from.</source>
        <translation>点击一个数字，看看它从哪里来。</translation>
    </message>
</context>
<context>
    <name>backstep::GridCopy</name>
    <message>
        <location filename="../../src/ui/grid_copy.cpp" line="83"/>
        <location filename="../../src/ui/grid_copy.cpp" line="120"/>
        <source>&amp;Copy cells</source>
        <translation>复制单元格(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/ui/grid_copy.cpp" line="83"/>
        <source>&amp;Copy cell</source>
        <translation>复制单元格(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/ui/grid_copy.cpp" line="88"/>
        <source>Copy with &amp;labels</source>
        <translation>连同标签复制(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/ui/grid_copy.cpp" line="92"/>
        <source>Tab-separated, every number in full precision, to paste into a spreadsheet</source>
        <translation>以制表符分隔，每个数都是全精度，可粘贴到电子表格中</translation>
    </message>
    <message>
        <location filename="../../src/ui/grid_copy.cpp" line="99"/>
        <source>Copy &amp;matrix %1</source>
        <translation>复制矩阵 %1(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../src/ui/grid_copy.cpp" line="101"/>
        <source>Copy matrix %1 with la&amp;bels</source>
        <translation>连同标签复制矩阵 %1(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../src/ui/grid_copy.cpp" line="122"/>
        <source>Copy the selected cells, tab-separated in full precision (drag or Shift+click to select a range)</source>
        <translation>复制选中的单元格，以制表符分隔、全精度（拖动或 Shift+点击可选择一片区域）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/ui/grid_copy.cpp" line="130"/>
        <source>Copied %n cell(s) of %1</source>
        <translation>
            <numerusform>已复制 %1 的 %n 个单元格</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/ui/grid_copy.cpp" line="132"/>
        <source>Select cells of a grid first (click, drag or Shift+click)</source>
        <translation>请先选择某个表格中的单元格（点击、拖动或 Shift+点击）</translation>
    </message>
</context>
<context>
    <name>backstep::HandoutDialog</name>
    <message>
        <location filename="../../src/ui/handout_dialog.cpp" line="15"/>
        <source>Print handout</source>
        <translation>打印练习单</translation>
    </message>
    <message>
        <location filename="../../src/ui/handout_dialog.cpp" line="15"/>
        <source>Export handout as PDF</source>
        <translation>将练习单导出为 PDF</translation>
    </message>
    <message>
        <location filename="../../src/ui/handout_dialog.cpp" line="17"/>
        <source>A worksheet of iteration %1 with the numbers on screen.</source>
        <translation>第 %1 次迭代的练习单，使用屏幕上的数值。</translation>
    </message>
    <message>
        <location filename="../../src/ui/handout_dialog.cpp" line="18"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../src/ui/handout_dialog.cpp" line="18"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
</context>
<context>
    <name>backstep::HelpWindow</name>
    <message>
        <location filename="../../src/ui/help_window.cpp" line="101"/>
        <source>Key</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../../src/ui/help_window.cpp" line="101"/>
        <source>Does</source>
        <translation>作用</translation>
    </message>
</context>
<context>
    <name>backstep::ImageViews</name>
    <message>
        <location filename="../../src/ui/image_views.cpp" line="40"/>
        <source>This batch: the picture, its class, the three most probable classes</source>
        <translation>本批样本：图片、它的类别、最可能的三个类别</translation>
    </message>
    <message>
        <location filename="../../src/ui/image_views.cpp" line="43"/>
        <source>What each hidden unit looks for: its column of wh (red: weight &gt; 0, blue: weight &lt; 0)</source>
        <translation>每个隐藏单元在寻找什么：它在 wh 中的那一列（红色：权重 &gt; 0，蓝色：权重 &lt; 0）</translation>
    </message>
    <message>
        <location filename="../../src/ui/image_views.cpp" line="48"/>
        <source>Each sample of the current batch: black is ink, white is background; below it its class and the network&apos;s three most probable classes (green when right)</source>
        <translation>当前批次的每个样本：黑色是墨迹，白色是背景；下面是它的类别和网络给出的最可能的三个类别（正确的显示为绿色）</translation>
    </message>
    <message>
        <location filename="../../src/ui/image_views.cpp" line="54"/>
        <source>Each hidden unit&apos;s 784 weights drawn as a 28×28 picture: where a picture has ink on red pixels the unit&apos;s input grows, on blue ones it shrinks</source>
        <translation>每个隐藏单元的 784 个权重画成一张 28×28 的图：图片在红色像素处有墨迹时，该单元的输入变大；在蓝色像素处则变小</translation>
    </message>
    <message>
        <location filename="../../src/ui/image_views.cpp" line="153"/>
        <source>This network has no hidden layer.</source>
        <translation>这个网络没有隐藏层。</translation>
    </message>
</context>
<context>
    <name>backstep::ImportDialog</name>
    <message>
        <location filename="../../src/ui/import_dialog.cpp" line="19"/>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/ui/import_dialog.cpp" line="36"/>
        <source>%n readable row(s); the first ones:</source>
        <translation>
            <numerusform>可读取 %n 行；前几行：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/ui/import_dialog.cpp" line="57"/>
        <source>%n row(s) could not be read and are left out:</source>
        <translation>
            <numerusform>有 %n 行无法读取，已略去：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/ui/import_dialog.cpp" line="64"/>
        <source>Create lesson</source>
        <translation>创建课程</translation>
    </message>
</context>
<context>
    <name>backstep::LessonPane</name>
    <message>
        <location filename="../../src/ui/lesson_pane.cpp" line="81"/>
        <source>Experiments</source>
        <translation>实验</translation>
    </message>
    <message>
        <location filename="../../src/ui/lesson_pane.cpp" line="103"/>
        <source>Compare these</source>
        <translation>并排比较</translation>
    </message>
    <message>
        <location filename="../../src/ui/lesson_pane.cpp" line="105"/>
        <source>Train these configurations side by side in a new window, with one epoch slider for all of them</source>
        <translation>在新窗口中并排训练这些配置，所有配置共用一个轮次滑块</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/ui/lesson_pane.cpp" line="154"/>
        <source>• Compare %n configurations: %1</source>
        <translation>
            <numerusform>• 比较 %n 种配置：%1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/ui/lesson_pane.cpp" line="162"/>
        <source>Cannot compare: %1</source>
        <translation>无法比较：%1</translation>
    </message>
    <message>
        <location filename="../../src/ui/lesson_pane.cpp" line="191"/>
        <location filename="../../src/ui/lesson_pane.cpp" line="236"/>
        <source>Try it</source>
        <translation>试一试</translation>
    </message>
    <message>
        <location filename="../../src/ui/lesson_pane.cpp" line="232"/>
        <source>These are the settings now; Edit → Undo goes back.</source>
        <translation>当前已经是这些设置；“编辑 → 撤销”可以返回。</translation>
    </message>
    <message>
        <location filename="../../src/ui/lesson_pane.cpp" line="234"/>
        <source>Cannot be tried with the settings as they are now: %1</source>
        <translation>在当前设置下无法尝试：%1</translation>
    </message>
    <message>
        <location filename="../../src/ui/lesson_pane.cpp" line="236"/>
        <source>Applied</source>
        <translation>已应用</translation>
    </message>
    <message>
        <location filename="../../src/ui/lesson_pane.cpp" line="237"/>
        <source>Make this change now (Edit → Undo takes it back)</source>
        <translation>立即做出这项更改（“编辑 → 撤销”可以撤回）</translation>
    </message>
    <message>
        <location filename="../../src/ui/lesson_pane.cpp" line="258"/>
        <source>no such experiment</source>
        <translation>没有这个实验</translation>
    </message>
    <message>
        <location filename="../../src/ui/lesson_pane.cpp" line="260"/>
        <source>this experiment changes no settings</source>
        <translation>这个实验不改变任何设置</translation>
    </message>
    <message>
        <location filename="../../src/ui/lesson_pane.cpp" line="263"/>
        <source>Experiment: %1</source>
        <translation>实验：%1</translation>
    </message>
    <message>
        <location filename="../../src/ui/lesson_pane.cpp" line="266"/>
        <source>Not changed: %1</source>
        <translation>未更改：%1</translation>
    </message>
    <message>
        <location filename="../../src/ui/lesson_pane.cpp" line="250"/>
        <source>What to watch for: %1</source>
        <translation>注意观察：%1</translation>
    </message>
</context>
<context>
    <name>backstep::LossChart</name>
    <message>
        <location filename="../../src/ui/loss_chart.cpp" line="41"/>
        <source>Loss per sample, by epoch</source>
        <translation>每个样本的损失（按轮）</translation>
    </message>
    <message>
        <location filename="../../src/ui/loss_chart.cpp" line="45"/>
        <location filename="../../src/ui/loss_chart.cpp" line="71"/>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../../src/ui/loss_chart.cpp" line="47"/>
        <location filename="../../src/ui/loss_chart.cpp" line="80"/>
        <source>accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <location filename="../../src/ui/loss_chart.cpp" line="50"/>
        <source>test loss</source>
        <translation>测试损失</translation>
    </message>
    <message>
        <location filename="../../src/ui/loss_chart.cpp" line="53"/>
        <source>test accuracy</source>
        <translation>测试准确率</translation>
    </message>
    <message>
        <location filename="../../src/ui/loss_chart.cpp" line="56"/>
        <source>current epoch</source>
        <translation>当前轮次</translation>
    </message>
    <message>
        <location filename="../../src/ui/loss_chart.cpp" line="75"/>
        <source>loss (log)</source>
        <translation>损失（对数）</translation>
    </message>
    <message>
        <location filename="../../src/ui/loss_chart.cpp" line="108"/>
        <source>the last epoch completed, %1: loss %2</source>
        <translation>最近完成的轮次 %1：损失 %2</translation>
    </message>
    <message>
        <location filename="../../src/ui/loss_chart.cpp" line="125"/>
        <source>epoch %1: %2 %3</source>
        <translation>第 %1 轮：%2 %3</translation>
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
        <translation>损失 %1</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="120"/>
        <location filename="../../src/ui/main_window.cpp" line="127"/>
        <location filename="../../src/ui/main_window.cpp" line="542"/>
        <source>Training stopped</source>
        <translation>训练已停止</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="120"/>
        <source>Not enough memory to go on training this lesson; it stays at the last complete iteration.</source>
        <translation>内存不足，无法继续训练这一课；停在最后一次完整的迭代。</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="530"/>
        <source>Training reached the lesson&apos;s target: loss %1 at or below %2 (stop at loss) at epoch %3</source>
        <translation>训练达到了课程的目标：第 %3 轮的损失 %1 不高于 %2（stop at loss）</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="168"/>
        <source>◀ Back</source>
        <translation>◀ 后退</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="169"/>
        <source>Go back one step; shows exactly what was there</source>
        <translation>后退一步；完全恢复之前显示的内容</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="171"/>
        <source>Next ▶</source>
        <translation>下一步 ▶</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="172"/>
        <source>Compute the next step</source>
        <translation>计算下一步</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="175"/>
        <source>Next cell</source>
        <translation>下一个单元格</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="176"/>
        <source>Compute the next step one cell at a time</source>
        <translation>逐个单元格计算下一步</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="178"/>
        <location filename="../../src/ui/main_window.cpp" line="570"/>
        <location filename="../../src/ui/window_language.cpp" line="72"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="179"/>
        <source>Step automatically at the chosen speed</source>
        <translation>按所选速度自动前进</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="182"/>
        <source>Finish iteration</source>
        <translation>完成本次迭代</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="183"/>
        <source>Compute the rest of this iteration</source>
        <translation>计算本次迭代的其余步骤</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="186"/>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="187"/>
        <source>Train the number of epochs in the box, off the window&apos;s thread</source>
        <translation>按输入框中的轮数训练</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="189"/>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="190"/>
        <source>Back to the lesson&apos;s initial weights (the same ones)</source>
        <translation>回到课程的初始权重（完全相同的权重）</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="193"/>
        <source>New weights</source>
        <translation>新权重</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="194"/>
        <source>Draw new initial weights with a new seed</source>
        <translation>用新的随机种子生成新的初始权重</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="197"/>
        <source>Go to iteration…</source>
        <translation>转到迭代…</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="198"/>
        <source>Jump to an iteration or epoch</source>
        <translation>跳到某次迭代或某一轮</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="199"/>
        <source>&amp;Open lesson…</source>
        <translation>打开课程(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="200"/>
        <source>Open a lesson file</source>
        <translation>打开课程文件</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="202"/>
        <source>Lesson &amp;gallery…</source>
        <translation>课程库(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="203"/>
        <source>Choose one of the shipped lessons</source>
        <translation>选择一个自带的课程</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="205"/>
        <source>&amp;Import CSV…</source>
        <translation>导入 CSV(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="206"/>
        <source>Make a new lesson from a CSV file of your own</source>
        <translation>用你自己的 CSV 文件创建新课程</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="209"/>
        <source>&amp;Save lesson as…</source>
        <translation>课程另存为(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="211"/>
        <source>Save data, settings and weights as a lesson file</source>
        <translation>把数据、设置和权重保存为课程文件</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="214"/>
        <source>Export all matrices…</source>
        <translation>导出所有矩阵…</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="215"/>
        <source>One CSV per matrix of this iteration, as backstep-cli trace writes</source>
        <translation>本次迭代的每个矩阵一个 CSV，与 backstep-cli trace 写出的相同</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="217"/>
        <source>Export loss history…</source>
        <translation>导出损失历史…</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="218"/>
        <source>The loss (and accuracy) per epoch as CSV</source>
        <translation>每轮的损失（和准确率），CSV 格式</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="221"/>
        <source>Export chart as PNG…</source>
        <translation>将图表导出为 PNG…</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="222"/>
        <source>The loss chart as an image</source>
        <translation>损失图表导出为图片</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="238"/>
        <source>Export 2-D views as PNG…</source>
        <translation>将二维视图导出为 PNG…</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="239"/>
        <source>The input and hidden space views as an image</source>
        <translation>输入空间和隐藏空间视图导出为图片</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="243"/>
        <source>Export 2-D views</source>
        <translation>导出二维视图</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="241"/>
        <location filename="../../src/ui/window_files.cpp" line="229"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="116"/>
        <source>training: %1 epochs done, %2 of this run</source>
        <translation>训练中：已完成 %1 轮，本次 %2 轮</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="538"/>
        <source>Training cancelled after epoch %1</source>
        <translation>训练在第 %1 轮之后取消</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="539"/>
        <source>Trained to the end of epoch %1</source>
        <translation>已训练到第 %1 轮结束</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="540"/>
        <source>; the sheet shows the next iteration, %1</source>
        <translation>；表格显示下一次迭代，第 %1 次</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="248"/>
        <location filename="../../src/ui/window_files.cpp" line="173"/>
        <location filename="../../src/ui/window_files.cpp" line="187"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="224"/>
        <source>Export workbook…</source>
        <translation>导出工作簿…</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="226"/>
        <source>An Excel workbook of this iteration in which every computed cell is a formula</source>
        <translation>本次迭代的 Excel 工作簿：每个计算出的单元格都是公式</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="229"/>
        <source>&amp;Print handout…</source>
        <translation>打印练习单(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="231"/>
        <source>A worksheet of a step of this iteration, or its answer key, on paper</source>
        <translation>本次迭代某一步的练习单或其答案，打印在纸上</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="234"/>
        <source>Handout as PDF…</source>
        <translation>练习单 PDF…</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="235"/>
        <source>A worksheet of a step of this iteration, or its answer key, as a PDF</source>
        <translation>本次迭代某一步的练习单或其答案，导出为 PDF</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="251"/>
        <source>Export animation…</source>
        <translation>导出动画…</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="252"/>
        <source>Train from the initial weights and record it as an animated GIF</source>
        <translation>从初始权重开始训练，并录制为 GIF 动画</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="255"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="257"/>
        <source>Close Backstep</source>
        <translation>关闭 Backstep</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="259"/>
        <source>Logarithmic loss axis</source>
        <translation>对数损失坐标轴</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="260"/>
        <source>Show the loss on a log scale</source>
        <translation>用对数刻度显示损失</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="265"/>
        <location filename="../../src/ui/window_language.cpp" line="64"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="268"/>
        <location filename="../../src/ui/window_language.cpp" line="65"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="278"/>
        <location filename="../../src/ui/window_language.cpp" line="68"/>
        <source>Full precision</source>
        <translation>全精度</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/ui/main_window.cpp" line="278"/>
        <location filename="../../src/ui/window_language.cpp" line="68"/>
        <source>%n decimal(s)</source>
        <translation>
            <numerusform>%n 位小数</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="290"/>
        <source>Stepping</source>
        <translation>单步</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="300"/>
        <source>Play speed: steps per second</source>
        <translation>播放速度：每秒步数</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="310"/>
        <source> epochs</source>
        <translation> 轮</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="311"/>
        <source>How many epochs Train runs</source>
        <translation>“训练”运行的轮数</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="337"/>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="339"/>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="341"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="343"/>
        <source>Evaluation</source>
        <translation>评估</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="344"/>
        <source>Input and hidden space</source>
        <translation>输入空间和隐藏空间</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="351"/>
        <source>Lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="353"/>
        <location filename="../../src/ui/window_help.cpp" line="90"/>
        <source>Lesson settings</source>
        <translation>课程设置</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="365"/>
        <source>Watch for: %1</source>
        <translation>注意观察：%1</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_docks.cpp" line="25"/>
        <source>Sweep</source>
        <translation>扫描</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_docks.cpp" line="44"/>
        <source>Train the lesson over a grid of settings and compare the results</source>
        <translation>在设置网格上训练课程并比较结果</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_docks.cpp" line="54"/>
        <source>Images</source>
        <translation>图像</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_docks.cpp" line="57"/>
        <source>The batch&apos;s pictures with their predictions and what each hidden unit looks for</source>
        <translation>本批的图片及其预测，以及每个隐藏单元在寻找什么</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="377"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="380"/>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="385"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="395"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="400"/>
        <source>&amp;Step</source>
        <translation>步骤(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="409"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="410"/>
        <source>&amp;Decimals</source>
        <translation>小数位数(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="415"/>
        <source>Too small or too large for fixed decimals: scientific notation (1.200e-05)</source>
        <translation>固定小数位显示不了的过小或过大数值：用科学计数法（1.200e-05）</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_help.cpp" line="23"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_help.cpp" line="29"/>
        <source>Backstep &amp;help</source>
        <translation>Backstep 帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_help.cpp" line="32"/>
        <source>How to &amp;read the sheet</source>
        <translation>如何阅读表格(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_help.cpp" line="34"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_help.cpp" line="36"/>
        <source>&amp;Tour of the window</source>
        <translation>窗口导览(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_help.cpp" line="38"/>
        <source>&amp;About Backstep</source>
        <translation>关于 Backstep(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_help.cpp" line="72"/>
        <source>The sheet</source>
        <translation>表格</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_help.cpp" line="73"/>
        <source>Every matrix of the training iteration as its own grid, in reading order. The cells the current step computes are &lt;b&gt;yellow&lt;/b&gt;; click or point at a cell to focus it.</source>
        <translation>训练迭代的每个矩阵各占一个网格，按阅读顺序排列。当前步骤计算的单元格为&lt;b&gt;黄色&lt;/b&gt;；点击或指向一个单元格即可使其成为焦点。</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_help.cpp" line="77"/>
        <source>The formula bar</source>
        <translation>公式栏</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_help.cpp" line="78"/>
        <source>How the focused cell is computed: its formula in symbols, the same formula with the numbers, and the result.</source>
        <translation>焦点单元格是如何算出的：符号公式、代入数字后的同一公式，以及结果。</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_help.cpp" line="81"/>
        <source>The steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_help.cpp" line="82"/>
        <source>The 12 steps of one iteration. &lt;b&gt;Next&lt;/b&gt; (Space) computes the next one, &lt;b&gt;Back&lt;/b&gt; (←) goes back; click a step to go there. Below the list: what the step does and why.</source>
        <translation>一次迭代的 12 个步骤。&lt;b&gt;下一步&lt;/b&gt;（空格）计算下一步，&lt;b&gt;后退&lt;/b&gt;（←）返回上一步；点击某一步即可跳转。列表下方说明这一步做什么、为什么。</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_help.cpp" line="86"/>
        <source>The loss chart</source>
        <translation>损失图</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_help.cpp" line="87"/>
        <source>The loss per epoch. &lt;b&gt;Train&lt;/b&gt; (Ctrl+T) trains the epochs in the toolbar&apos;s box and the chart grows while it runs; hover the line for an epoch&apos;s value.</source>
        <translation>每轮的损失。&lt;b&gt;训练&lt;/b&gt;（Ctrl+T）按工具栏框中的轮数训练，训练时图表不断增长；把鼠标悬停在曲线上可查看某一轮的值。</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_help.cpp" line="91"/>
        <source>Every setting of the lesson: data, network, training and initial weights. A change takes effect at once, and Edit → Undo (Ctrl+Z) takes it back.</source>
        <translation>课程的全部设置：数据、网络、训练和初始权重。修改立即生效，编辑 → 撤销（Ctrl+Z）可以撤回。</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_help.cpp" line="95"/>
        <source>Practice mode</source>
        <translation>练习模式</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_help.cpp" line="96"/>
        <source>&lt;b&gt;Practice&lt;/b&gt; (Ctrl+Shift+P) empties the cells each step computes, and you type them. Right answers turn green; a wrong one gets a hint.</source>
        <translation>&lt;b&gt;练习&lt;/b&gt;（Ctrl+Shift+P）会清空每一步要计算的单元格，由你来填写。答对的变绿；答错会得到提示。</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_help.cpp" line="100"/>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_help.cpp" line="101"/>
        <source>The Help menu explains the window and how to read the sheet (F1), lists the keyboard shortcuts, and shows this tour again.</source>
        <translation>帮助菜单介绍窗口和如何阅读表格（F1），列出键盘快捷键，并可再次显示本导览。</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="435"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="449"/>
        <source>full batch</source>
        <translation>全批量</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="451"/>
        <source>one sample at a time</source>
        <translation>逐个样本</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="453"/>
        <source>batches of %1</source>
        <translation>每批 %1 个样本</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="463"/>
        <source>%1 · %2 · %3 · lr %4</source>
        <translation>%1 · %2 · %3 · 学习率 %4</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="464"/>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="468"/>
        <source>epoch %1 · iteration %2 · step %3 of 12</source>
        <translation>第 %1 轮 · 第 %2 次迭代 · 第 %3 步（共 12 步）</translation>
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
        <translation>%1：内存不足以打开这一课；请减少样本或单元数。</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="502"/>
        <source>Cannot open the lesson</source>
        <translation>无法打开课程</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="503"/>
        <source>The lesson was not opened; the current one stays.

%1</source>
        <translation>课程没有打开，当前课程保持不变。

%1</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="570"/>
        <location filename="../../src/ui/window_language.cpp" line="72"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_files.cpp" line="50"/>
        <source>Open lesson</source>
        <translation>打开课程</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_files.cpp" line="50"/>
        <source>Backstep lessons (*.json);;All files (*)</source>
        <translation>Backstep 课程 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_files.cpp" line="57"/>
        <source>Import CSV</source>
        <translation>导入 CSV</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_files.cpp" line="58"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_files.cpp" line="64"/>
        <source>Cannot import</source>
        <translation>无法导入</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_files.cpp" line="72"/>
        <source>Imported %1: a new lesson; keep it with File → Save lesson as</source>
        <translation>已导入 %1：这是一个新课程；用“文件 → 课程另存为”保存它</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_files.cpp" line="115"/>
        <source>Save lesson</source>
        <translation>保存课程</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_files.cpp" line="116"/>
        <source>Which weights should the lesson start from?</source>
        <translation>课程应从哪组权重开始？</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_files.cpp" line="119"/>
        <source>The initial weights</source>
        <translation>初始权重</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_files.cpp" line="131"/>
        <source>Save lesson as</source>
        <translation>课程另存为</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_files.cpp" line="129"/>
        <source>Backstep lessons (*.json)</source>
        <translation>Backstep 课程 (*.json)</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_files.cpp" line="135"/>
        <source>Cannot save the lesson</source>
        <translation>无法保存课程</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_files.cpp" line="137"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_files.cpp" line="150"/>
        <source>no matrix %1</source>
        <translation>没有矩阵 %1</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="130"/>
        <source>Not enough memory to go on; the sheet stays at iteration %1</source>
        <translation>内存不足，无法继续；表格停在第 %1 次迭代。</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_files.cpp" line="169"/>
        <source>Export all matrices to folder</source>
        <translation>把所有矩阵导出到文件夹</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_files.cpp" line="121"/>
        <source>The current weights, which iteration %1 of epoch %2 starts from</source>
        <translation>当前权重（第 %2 轮第 %1 次迭代开始时的权重）</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_files.cpp" line="176"/>
        <source>Wrote %1 CSV files to %2</source>
        <translation>已把 %1 个 CSV 文件写入 %2</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_files.cpp" line="191"/>
        <source>Export %1</source>
        <translation>导出 %1</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_files.cpp" line="192"/>
        <location filename="../../src/ui/window_files.cpp" line="197"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_files.cpp" line="197"/>
        <source>Export loss history</source>
        <translation>导出损失历史</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_files.cpp" line="213"/>
        <location filename="../../src/ui/window_files.cpp" line="217"/>
        <source>Export workbook</source>
        <translation>导出工作簿</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_files.cpp" line="214"/>
        <source>Iterations, one sheet each, from iteration %1:</source>
        <translation>迭代次数（每次一张工作表），从第 %1 次迭代开始：</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_files.cpp" line="218"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_files.cpp" line="223"/>
        <source>Wrote the workbook %1</source>
        <translation>已写入工作簿 %1</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_files.cpp" line="229"/>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_handout.cpp" line="43"/>
        <source>Export handout as PDF</source>
        <translation>将练习单导出为 PDF</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_handout.cpp" line="46"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_handout.cpp" line="49"/>
        <source>Wrote the handout %1</source>
        <translation>已写入练习单 %1</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_handout.cpp" line="63"/>
        <source>Print handout</source>
        <translation>打印练习单</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_handout.cpp" line="69"/>
        <source>Print failed</source>
        <translation>打印失败</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_handout.cpp" line="69"/>
        <source>The printer could not be started; check its settings.</source>
        <translation>无法启动打印机；请检查打印机设置。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/ui/window_handout.cpp" line="71"/>
        <source>Sent %n page(s) to the printer</source>
        <translation>
            <numerusform>已向打印机发送 %n 页</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/ui/window_language.cpp" line="35"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_language.cpp" line="51"/>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
</context>
<context>
    <name>backstep::MatrixPanel</name>
    <message>
        <location filename="../../src/ui/matrix_panel.cpp" line="72"/>
        <source>Export %1 as CSV…</source>
        <translation>将 %1 导出为 CSV…</translation>
    </message>
    <message>
        <location filename="../../src/ui/matrix_panel.cpp" line="115"/>
        <source>%1×%2 · step %3</source>
        <translation>%1×%2 · 第 %3 步</translation>
    </message>
    <message>
        <location filename="../../src/ui/matrix_panel.cpp" line="119"/>
        <source>not computed yet</source>
        <translation>尚未计算</translation>
    </message>
    <message>
        <location filename="../../src/ui/matrix_panel.cpp" line="122"/>
        <source>this step</source>
        <translation>本步</translation>
    </message>
</context>
<context>
    <name>backstep::MatrixTableModel</name>
    <message>
        <location filename="../../src/models/matrix_table_model.cpp" line="158"/>
        <source>Practice: type the value of this cell and press Enter</source>
        <translation>练习：输入这个单元格的值，然后按 Enter</translation>
    </message>
    <message>
        <location filename="../../src/models/matrix_table_model.cpp" line="159"/>
        <source>Computed at step %1</source>
        <translation>在第 %1 步计算</translation>
    </message>
    <message>
        <location filename="../../src/models/matrix_table_model.cpp" line="183"/>
        <source>Dropped by dropout in this iteration: unit %1 is left out for this sample (mask 0), so it passes nothing on and no error back.</source>
        <translation>本次迭代中被 dropout 去掉：单元 %1 在这个样本中被去掉（掩码为 0），所以它既不向前传值，也不向回传误差。</translation>
    </message>
    <message>
        <location filename="../../src/models/matrix_table_model.cpp" line="186"/>
        <source>Dropped by dropout in this iteration: unit %1 is left out in every sample of the batch, so this batch&apos;s error adds nothing here (weight decay and the optimiser&apos;s memory still act).</source>
        <translation>本次迭代中被 dropout 去掉：单元 %1 在这一批的所有样本中都被去掉，所以这一批的误差对这里没有任何贡献（权重衰减和优化器的记忆仍然起作用）。</translation>
    </message>
    <message>
        <location filename="../../src/models/matrix_table_model.cpp" line="205"/>
        <source>sample %1</source>
        <translation>样本 %1</translation>
    </message>
    <message>
        <location filename="../../src/models/matrix_table_model.cpp" line="206"/>
        <source>bias</source>
        <translation>偏置</translation>
    </message>
</context>
<context>
    <name>backstep::NetworkDiagram</name>
    <message>
        <location filename="../../src/ui/animation_export.cpp" line="87"/>
        <location filename="../../src/ui/network_diagram.cpp" line="99"/>
        <location filename="../../src/render/animation.h" line="73"/>
        <source>+%1 more</source>
        <translation>另有 %1 个</translation>
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
        <translation>不用 dropout</translation>
    </message>
    <message>
        <location filename="../../src/ui/optimizer_settings.cpp" line="121"/>
        <source>Plain steps</source>
        <translation>普通步</translation>
    </message>
    <message>
        <location filename="../../src/ui/optimizer_settings.cpp" line="125"/>
        <source>Momentum β %1</source>
        <translation>动量 β %1</translation>
    </message>
    <message>
        <location filename="../../src/ui/optimizer_settings.cpp" line="132"/>
        <source>Adam β1 %1, β2 %2</source>
        <translation>Adam β1 %1，β2 %2</translation>
    </message>
    <message>
        <location filename="../../src/ui/optimizer_settings.cpp" line="144"/>
        <source>Weight decay %1</source>
        <translation>权重衰减 %1</translation>
    </message>
    <message>
        <location filename="../../src/ui/optimizer_settings.cpp" line="153"/>
        <source>Constant learning rate</source>
        <translation>固定学习率</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/ui/optimizer_settings.cpp" line="161"/>
        <source>Learning rate ×%1 every %n epoch(s)</source>
        <translation>
            <numerusform>学习率每 %n 轮 ×%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>backstep::PlaneView</name>
    <message>
        <location filename="../../src/ui/plane_view.cpp" line="115"/>
        <source>Sample %1</source>
        <translation>样本 %1</translation>
    </message>
    <message>
        <location filename="../../src/ui/plane_view.cpp" line="116"/>
        <source>Test sample %1</source>
        <translation>测试样本 %1</translation>
    </message>
    <message>
        <location filename="../../src/ui/plane_view.cpp" line="119"/>
        <source>%1 = %2, %3 = %4</source>
        <translation>%1 = %2，%3 = %4</translation>
    </message>
</context>
<context>
    <name>backstep::PngFile</name>
    <message>
        <location filename="../../src/ui/png_file.cpp" line="17"/>
        <source>%1: cannot encode the picture as PNG</source>
        <translation>%1：无法把图片编码为 PNG</translation>
    </message>
</context>
<context>
    <name>backstep::PracticeControls</name>
    <message>
        <location filename="../../src/ui/practice_controls.cpp" line="40"/>
        <source>Practice</source>
        <translation>练习</translation>
    </message>
    <message>
        <location filename="../../src/ui/practice_controls.cpp" line="41"/>
        <source>Practice: the cells each step computes are empty and you type them; right answers turn green</source>
        <translation>练习：每一步要计算的单元格是空的，由你来填写；答对的单元格变成绿色</translation>
    </message>
    <message>
        <location filename="../../src/ui/practice_controls.cpp" line="45"/>
        <source>Hint</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../src/ui/practice_controls.cpp" line="46"/>
        <source>Help with the focused empty cell: first its formula, then the formula with the numbers, then the answer</source>
        <translation>为当前的空单元格提供帮助：先给出公式，再给出代入数字的公式，最后给出答案</translation>
    </message>
    <message>
        <location filename="../../src/ui/practice_controls.cpp" line="50"/>
        <source>Reveal step</source>
        <translation>显示本步答案</translation>
    </message>
    <message>
        <location filename="../../src/ui/practice_controls.cpp" line="51"/>
        <source>Show the answers of the cells still empty (they count as revealed)</source>
        <translation>显示仍为空的单元格的答案（记为“已显示答案”）</translation>
    </message>
    <message>
        <location filename="../../src/ui/practice_controls.cpp" line="54"/>
        <source>Practice summary…</source>
        <translation>练习总结…</translation>
    </message>
    <message>
        <location filename="../../src/ui/practice_controls.cpp" line="55"/>
        <source>Right at first try, with hints and revealed, step by step</source>
        <translation>逐步列出：一次答对、借助提示答对、显示答案的单元格数</translation>
    </message>
    <message>
        <location filename="../../src/ui/practice_controls.cpp" line="58"/>
        <source>Export practice results…</source>
        <translation>导出练习结果…</translation>
    </message>
    <message>
        <location filename="../../src/ui/practice_controls.cpp" line="59"/>
        <source>Every answer of this practice as a CSV file</source>
        <translation>把这次练习的每个答案保存为 CSV 文件</translation>
    </message>
    <message>
        <location filename="../../src/ui/practice_controls.cpp" line="62"/>
        <source>Student name…</source>
        <translation>学生姓名…</translation>
    </message>
    <message>
        <location filename="../../src/ui/practice_controls.cpp" line="63"/>
        <source>The name practice results are exported under</source>
        <translation>导出练习结果时使用的姓名</translation>
    </message>
    <message>
        <location filename="../../src/ui/practice_controls.cpp" line="69"/>
        <source>Practice score: cells right of those shown so far</source>
        <translation>练习得分：到目前为止出现的单元格中答对的个数</translation>
    </message>
    <message>
        <location filename="../../src/ui/practice_controls.cpp" line="125"/>
        <source>Next step, once every empty cell of this step is typed or revealed (Space)</source>
        <translation>下一步：本步的每个空单元格都已填写或已显示答案后才能继续（空格键）</translation>
    </message>
    <message>
        <location filename="../../src/ui/practice_controls.cpp" line="194"/>
        <source>Cells still empty</source>
        <translation>还有空单元格</translation>
    </message>
    <message>
        <location filename="../../src/ui/practice_controls.cpp" line="195"/>
        <source>1 cell of step %1 is still empty.</source>
        <translation>第 %1 步还有 1 个单元格是空的。</translation>
    </message>
    <message>
        <location filename="../../src/ui/practice_controls.cpp" line="196"/>
        <source>%1 cells of step %2 are still empty.</source>
        <translation>第 %2 步还有 %1 个单元格是空的。</translation>
    </message>
    <message>
        <location filename="../../src/ui/practice_controls.cpp" line="198"/>
        <source>Reveal their answers and go on to the next step? Revealed cells score nothing.</source>
        <translation>显示它们的答案并进入下一步吗？显示答案的单元格不得分。</translation>
    </message>
    <message>
        <location filename="../../src/ui/practice_controls.cpp" line="202"/>
        <source>Reveal and go on</source>
        <translation>显示答案并继续</translation>
    </message>
    <message>
        <location filename="../../src/ui/practice_controls.cpp" line="204"/>
        <source>Keep trying</source>
        <translation>继续尝试</translation>
    </message>
    <message>
        <location filename="../../src/ui/practice_controls.cpp" line="241"/>
        <source>Practice results written to %1</source>
        <translation>练习结果已写入 %1</translation>
    </message>
    <message>
        <location filename="../../src/ui/practice_controls.cpp" line="243"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../src/ui/practice_controls.cpp" line="252"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/ui/practice_controls.cpp" line="256"/>
        <source>Export practice results</source>
        <translation>导出练习结果</translation>
    </message>
</context>
<context>
    <name>backstep::PracticeSession</name>
    <message>
        <location filename="../../src/models/practice_session.cpp" line="32"/>
        <source>Practice ended: the lesson changed.</source>
        <translation>练习结束：课程已改变。</translation>
    </message>
    <message>
        <location filename="../../src/models/practice_session.cpp" line="67"/>
        <source>Step %1 still has empty cells: type them, or reveal them with Reveal step, before going on.</source>
        <translation>第 %1 步还有空单元格：请先填写，或用“显示本步答案”显示它们，然后再继续。</translation>
    </message>
    <message>
        <location filename="../../src/models/practice_session.cpp" line="226"/>
        <source>“%1” is not a number: type a number such as 0.25 or -1.5e-3.</source>
        <translation>“%1”不是数字：请输入像 0.25 或 -1.5e-3 这样的数。</translation>
    </message>
    <message>
        <location filename="../../src/models/practice_session.cpp" line="234"/>
        <source>Right: %1 = %2.</source>
        <translation>正确：%1 = %2。</translation>
    </message>
    <message>
        <location filename="../../src/models/practice_session.cpp" line="241"/>
        <source>Not quite: %1 is not %2.</source>
        <translation>不对：%1 不是 %2 的值。</translation>
    </message>
    <message>
        <location filename="../../src/models/practice_session.cpp" line="256"/>
        <source>Hint 1 of 3: the formula; the cells it uses are orange.</source>
        <translation>提示 1/3：公式；它用到的单元格标为橙色。</translation>
    </message>
    <message>
        <location filename="../../src/models/practice_session.cpp" line="259"/>
        <source>Hint 2 of 3: the formula with the numbers.</source>
        <translation>提示 2/3：代入数字的公式。</translation>
    </message>
    <message>
        <location filename="../../src/models/practice_session.cpp" line="262"/>
        <source>%1 is %2 (revealed).</source>
        <translation>%1 = %2（已显示答案）。</translation>
    </message>
    <message>
        <location filename="../../src/models/practice_session.cpp" line="388"/>
        <source>Practice: nothing to type in this iteration</source>
        <translation>练习：这次迭代没有要填写的单元格</translation>
    </message>
    <message>
        <location filename="../../src/models/practice_session.cpp" line="393"/>
        <source>Step %1: %2 of %3 right</source>
        <translation>第 %1 步：%3 个中答对 %2 个</translation>
    </message>
    <message>
        <location filename="../../src/models/practice_session.cpp" line="396"/>
        <source>iteration %1 so far: %2 of %3 right · hints used: %4</source>
        <translation>第 %1 次迭代至今：%3 个中答对 %2 个 · 已用提示 %4 次</translation>
    </message>
</context>
<context>
    <name>backstep::PracticeSummaryDialog</name>
    <message>
        <location filename="../../src/ui/practice_summary_dialog.cpp" line="20"/>
        <source>%1 · iteration %2</source>
        <translation>%1 · 第 %2 次迭代</translation>
    </message>
    <message>
        <location filename="../../src/ui/practice_summary_dialog.cpp" line="25"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../src/ui/practice_summary_dialog.cpp" line="25"/>
        <source>Cells</source>
        <translation>单元格</translation>
    </message>
    <message>
        <location filename="../../src/ui/practice_summary_dialog.cpp" line="25"/>
        <source>Right at first try</source>
        <translation>一次答对</translation>
    </message>
    <message>
        <location filename="../../src/ui/practice_summary_dialog.cpp" line="25"/>
        <source>Right with hints</source>
        <translation>借助提示答对</translation>
    </message>
    <message>
        <location filename="../../src/ui/practice_summary_dialog.cpp" line="26"/>
        <source>Revealed</source>
        <translation>显示答案</translation>
    </message>
    <message>
        <location filename="../../src/ui/practice_summary_dialog.cpp" line="26"/>
        <source>Hints</source>
        <translation>提示次数</translation>
    </message>
    <message>
        <location filename="../../src/ui/practice_summary_dialog.cpp" line="28"/>
        <source>Still empty</source>
        <translation>仍为空</translation>
    </message>
    <message>
        <location filename="../../src/ui/practice_summary_dialog.cpp" line="51"/>
        <source>All</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../src/ui/practice_summary_dialog.cpp" line="61"/>
        <source>Score: %1 of %2 cells right (%3%), %4 at the first try.</source>
        <translation>得分：%2 个单元格中答对 %1 个（%3%），其中 %4 个一次答对。</translation>
    </message>
</context>
<context>
    <name>backstep::SampleLegend</name>
    <message>
        <location filename="../../src/models/sample_legend.cpp" line="40"/>
        <source>%1 from %2 to %3</source>
        <translation>%1：从 %2 到 %3</translation>
    </message>
    <message>
        <location filename="../../src/models/sample_legend.cpp" line="59"/>
        <location filename="../../src/models/sample_legend.cpp" line="68"/>
        <source>Class: %1</source>
        <translation>类别：%1</translation>
    </message>
    <message>
        <location filename="../../src/models/sample_legend.cpp" line="62"/>
        <location filename="../../src/models/sample_legend.cpp" line="71"/>
        <source>Prediction: %1 (%2)</source>
        <translation>预测：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../src/models/sample_legend.cpp" line="74"/>
        <source>Target: %1 = %2</source>
        <translation>目标：%1 = %2</translation>
    </message>
    <message>
        <location filename="../../src/models/sample_legend.cpp" line="77"/>
        <source>Prediction: %1</source>
        <translation>预测：%1</translation>
    </message>
</context>
<context>
    <name>backstep::SettingsPanel</name>
    <message numerus="yes">
        <location filename="../../src/ui/settings_panel.cpp" line="241"/>
        <source>%n sample(s)</source>
        <translation>
            <numerusform>%n 个样本</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/ui/settings_panel.cpp" line="246"/>
        <source>Noise %1</source>
        <translation>噪声 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/ui/settings_panel.cpp" line="251"/>
        <source>%n class(es)</source>
        <translation>
            <numerusform>%n 个类别</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/ui/settings_panel.cpp" line="256"/>
        <source>Data seed %1</source>
        <translation>数据种子 %1</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings_panel.cpp" line="261"/>
        <source>Test fraction %1</source>
        <translation>测试比例 %1</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings_panel.cpp" line="271"/>
        <source>Hidden activation %1</source>
        <translation>隐藏层激活函数 %1</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings_panel.cpp" line="276"/>
        <source>Output activation %1</source>
        <translation>输出层激活函数 %1</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings_panel.cpp" line="282"/>
        <source>Loss %1</source>
        <translation>损失函数 %1</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings_panel.cpp" line="288"/>
        <source>Loss over the batch: %1</source>
        <translation>批量的损失：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/ui/settings_panel.cpp" line="309"/>
        <source>%n epoch(s)</source>
        <translation>
            <numerusform>%n 轮</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/ui/settings_panel.cpp" line="316"/>
        <source>Update the biases</source>
        <translation>更新偏置</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings_panel.cpp" line="316"/>
        <source>Keep the biases fixed</source>
        <translation>保持偏置不变</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings_panel.cpp" line="323"/>
        <source>Weight seed %1</source>
        <translation>权重种子 %1</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings_panel.cpp" line="328"/>
        <source>Weight standard deviation %1</source>
        <translation>权重标准差 %1</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings_panel.cpp" line="334"/>
        <source>Biases start at zero</source>
        <translation>偏置从零开始</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings_panel.cpp" line="334"/>
        <source>Biases start random</source>
        <translation>偏置随机开始</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings_panel.cpp" line="363"/>
        <source>Only generated data has this setting; choose a generator under Source to replace the lesson&apos;s own data.</source>
        <translation>只有生成的数据才有这项设置；在“来源”中选择一个生成器，即可替换课程自带的数据。</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings_panel.cpp" line="369"/>
        <source>Only the spiral has a number of classes.</source>
        <translation>只有螺旋数据可以设置类别数。</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings_panel.cpp" line="371"/>
        <source>This lesson brings its own test samples.</source>
        <translation>这个课程自带测试样本。</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings_panel.cpp" line="396"/>
        <source>Only mini-batches have a size; choose mini-batch first.</source>
        <translation>只有小批量才有大小；请先选择小批量。</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings_panel.cpp" line="401"/>
        <source>Tick Stop at loss to set a target.</source>
        <translation>勾选“目标损失”即可设置目标。</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings_panel.cpp" line="411"/>
        <source>The lesson gives its starting weights as numbers; choose a method to draw them instead.</source>
        <translation>课程以数值给出了初始权重；选择一种方法即可改为随机抽取。</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings_panel.cpp" line="416"/>
        <source>Only the normal method has a standard deviation.</source>
        <translation>只有正态分布方法有标准差。</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings_panel.cpp" line="418"/>
        <source>Xavier always starts the biases at zero.</source>
        <translation>Xavier 方法总是让偏置从零开始。</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings_panel.cpp" line="442"/>
        <source>The data comes from a generator now; Edit → Undo brings back data it replaced.</source>
        <translation>数据现在来自生成器；“编辑 → 撤销”可以找回被替换的数据。</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings_panel.cpp" line="469"/>
        <source>Only a lesson that gives its weights as numbers has these.</source>
        <translation>只有以数值给出权重的课程才有这一项。</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings_panel.cpp" line="494"/>
        <source>Also sets %1: this choice needs it.</source>
        <translation>同时设置 %1：这个选项需要它。</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings_panel.cpp" line="522"/>
        <source>Not changed: %1</source>
        <translation>未更改：%1</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings_panel.cpp" line="539"/>
        <source>Data from the %1 generator</source>
        <translation>数据来自 %1 生成器</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings_panel.cpp" line="548"/>
        <source>No hidden layer</source>
        <translation>没有隐藏层</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/ui/settings_panel.cpp" line="554"/>
        <source>%n hidden layer(s): %1</source>
        <translation>
            <numerusform>%n 个隐藏层：%1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/ui/settings_panel.cpp" line="561"/>
        <source>units per layer: give whole numbers from 1, one per hidden layer, like 8 or 8x4</source>
        <translation>每层单元数：请为每个隐藏层给出一个不小于 1 的整数，例如 8 或 8x4</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings_panel.cpp" line="570"/>
        <source>Hidden units %1</source>
        <translation>隐藏单元 %1</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings_panel.cpp" line="575"/>
        <source>Learning rate %1</source>
        <translation>学习率 %1</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings_panel.cpp" line="594"/>
        <source>Full batch</source>
        <translation>全批量</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings_panel.cpp" line="596"/>
        <source>SGD: one sample per iteration</source>
        <translation>SGD：每次迭代一个样本</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings_panel.cpp" line="598"/>
        <source>Mini-batches of %1</source>
        <translation>每个小批量 %1 个样本</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings_panel.cpp" line="607"/>
        <source>No target loss</source>
        <translation>不设目标损失</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings_panel.cpp" line="610"/>
        <source>Stop at loss %1</source>
        <translation>目标损失 %1</translation>
    </message>
    <message>
        <location filename="../../src/ui/settings_panel.cpp" line="622"/>
        <source>Initial weights: %1</source>
        <translation>初始权重：%1</translation>
    </message>
</context>
<context>
    <name>backstep::SheetWidget</name>
    <message>
        <location filename="../../src/ui/sheet_widget.cpp" line="55"/>
        <source>Forward pass: hidden layers</source>
        <translation>前向传播：隐藏层</translation>
    </message>
    <message>
        <location filename="../../src/ui/sheet_widget.cpp" line="56"/>
        <source>Forward pass: hidden layer</source>
        <translation>前向传播：隐藏层</translation>
    </message>
    <message>
        <location filename="../../src/ui/sheet_widget.cpp" line="57"/>
        <source>Inputs (no hidden layer)</source>
        <translation>输入（没有隐藏层）</translation>
    </message>
    <message>
        <location filename="../../src/ui/sheet_widget.cpp" line="65"/>
        <source>Forward pass: output layer</source>
        <translation>前向传播：输出层</translation>
    </message>
    <message>
        <location filename="../../src/ui/sheet_widget.cpp" line="70"/>
        <source>Error and slopes</source>
        <translation>误差与导数（斜率）</translation>
    </message>
    <message>
        <location filename="../../src/ui/sheet_widget.cpp" line="74"/>
        <source>Backward pass</source>
        <translation>反向传播</translation>
    </message>
    <message>
        <location filename="../../src/ui/sheet_widget.cpp" line="80"/>
        <source>Updates: weights and biases before and after</source>
        <translation>更新：权重和偏置的前后对比</translation>
    </message>
    <message>
        <location filename="../../src/ui/sheet_widget.cpp" line="87"/>
        <location filename="../../src/ui/sheet_widget.cpp" line="90"/>
        <location filename="../../src/ui/sheet_widget.cpp" line="95"/>
        <source>(before)</source>
        <translation>（更新前）</translation>
    </message>
</context>
<context>
    <name>backstep::SpacePictures</name>
    <message>
        <location filename="../../src/models/space_pictures.cpp" line="72"/>
        <source>The 2-D views need a lesson with two inputs.</source>
        <translation>二维视图需要有两个输入的课程。</translation>
    </message>
    <message>
        <location filename="../../src/models/space_pictures.cpp" line="109"/>
        <source>This network has no hidden layer.</source>
        <translation>这个网络没有隐藏层。</translation>
    </message>
    <message>
        <location filename="../../src/models/space_pictures.cpp" line="111"/>
        <source>The hidden space needs two hidden units.</source>
        <translation>隐藏空间视图需要两个隐藏单元。</translation>
    </message>
</context>
<context>
    <name>backstep::SpaceViews</name>
    <message>
        <location filename="../../src/ui/animation_export.cpp" line="78"/>
        <location filename="../../src/ui/space_views.cpp" line="315"/>
        <location filename="../../src/render/animation.h" line="64"/>
        <source>Input space: prediction and samples</source>
        <translation>输入空间：预测与样本</translation>
    </message>
    <message>
        <location filename="../../src/ui/animation_export.cpp" line="80"/>
        <location filename="../../src/ui/space_views.cpp" line="316"/>
        <location filename="../../src/render/animation.h" line="66"/>
        <source>Hidden space before activation</source>
        <translation>激活前的隐藏空间</translation>
    </message>
    <message>
        <location filename="../../src/ui/animation_export.cpp" line="82"/>
        <location filename="../../src/ui/space_views.cpp" line="317"/>
        <location filename="../../src/render/animation.h" line="68"/>
        <source>Hidden space after activation</source>
        <translation>激活后的隐藏空间</translation>
    </message>
    <message>
        <location filename="../../src/ui/space_views.cpp" line="72"/>
        <source>Hidden unit on the horizontal axis</source>
        <translation>横轴上的隐藏单元</translation>
    </message>
    <message>
        <location filename="../../src/ui/space_views.cpp" line="74"/>
        <source>Hidden unit on the vertical axis</source>
        <translation>纵轴上的隐藏单元</translation>
    </message>
    <message>
        <location filename="../../src/ui/space_views.cpp" line="78"/>
        <source>Replay the training: the weights at this epoch</source>
        <translation>回放训练：这一轮时的权重</translation>
    </message>
    <message>
        <location filename="../../src/ui/space_views.cpp" line="82"/>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <location filename="../../src/ui/space_views.cpp" line="84"/>
        <source>Hidden units:</source>
        <translation>隐藏单元：</translation>
    </message>
    <message>
        <location filename="../../src/ui/space_views.cpp" line="89"/>
        <source>Epoch:</source>
        <translation>轮次：</translation>
    </message>
    <message>
        <location filename="../../src/ui/space_views.cpp" line="109"/>
        <source>Export view</source>
        <translation>导出视图</translation>
    </message>
    <message>
        <location filename="../../src/ui/space_views.cpp" line="107"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../../src/ui/space_views.cpp" line="60"/>
        <source>The 2-D views need at least two samples.</source>
        <translation>二维视图至少需要两个样本。</translation>
    </message>
    <message>
        <location filename="../../src/ui/space_views.cpp" line="114"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../src/ui/space_views.cpp" line="321"/>
        <source>epoch %1 (live)</source>
        <translation>第 %1 轮（实时）</translation>
    </message>
    <message>
        <location filename="../../src/ui/space_views.cpp" line="322"/>
        <source>epoch %1</source>
        <translation>第 %1 轮</translation>
    </message>
</context>
<context>
    <name>backstep::StepPanel</name>
    <message>
        <location filename="../../src/ui/step_panel.cpp" line="60"/>
        <source> (layer %1)</source>
        <translation>（第 %1 层）</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_panel.cpp" line="96"/>
        <source>Lesson note:</source>
        <translation>课程提示：</translation>
    </message>
</context>
<context>
    <name>backstep::SweepModel</name>
    <message>
        <location filename="../../src/models/sweep_model.cpp" line="155"/>
        <source>Open a lesson to sweep its settings</source>
        <translation>请先打开一个课程，再扫描它的设置</translation>
    </message>
    <message>
        <location filename="../../src/models/sweep_model.cpp" line="166"/>
        <source>Type the values of at least one setting</source>
        <translation>请至少为一项设置输入取值</translation>
    </message>
    <message>
        <location filename="../../src/models/sweep_model.cpp" line="270"/>
        <source>test accuracy below %1 %</source>
        <translation>测试准确率低于 %1 %</translation>
    </message>
    <message>
        <location filename="../../src/models/sweep_model.cpp" line="273"/>
        <source>train–test gap above %1 %</source>
        <translation>训练与测试的差距超过 %1 %</translation>
    </message>
    <message>
        <location filename="../../src/models/sweep_model.cpp" line="275"/>
        <source>slower than %1 s</source>
        <translation>慢于 %1 秒</translation>
    </message>
    <message>
        <location filename="../../src/models/sweep_model.cpp" line="360"/>
        <source>Stopped: %1</source>
        <translation>已停止：%1</translation>
    </message>
    <message>
        <location filename="../../src/models/sweep_model.cpp" line="362"/>
        <source>Filtered out: %1</source>
        <translation>被筛除：%1</translation>
    </message>
    <message>
        <location filename="../../src/models/sweep_model.cpp" line="363"/>
        <source>Double-click to open this configuration as the lesson, trained</source>
        <translation>双击即把该配置作为课程打开并训练好</translation>
    </message>
    <message>
        <location filename="../../src/models/sweep_model.cpp" line="374"/>
        <source>Accuracy on the training samples after the last epoch</source>
        <translation>最后一轮之后在训练样本上的准确率</translation>
    </message>
    <message>
        <location filename="../../src/models/sweep_model.cpp" line="375"/>
        <source>Accuracy on the held-out test samples</source>
        <translation>在留出的测试样本上的准确率</translation>
    </message>
    <message>
        <location filename="../../src/models/sweep_model.cpp" line="376"/>
        <source>The last epoch&apos;s loss</source>
        <translation>最后一轮的损失</translation>
    </message>
    <message>
        <location filename="../../src/models/sweep_model.cpp" line="377"/>
        <source>The loss on the held-out test samples</source>
        <translation>在留出的测试样本上的损失</translation>
    </message>
    <message>
        <location filename="../../src/models/sweep_model.cpp" line="378"/>
        <source>Epochs trained (fewer when training stopped early)</source>
        <translation>已训练的轮数（训练提前停止时更少）</translation>
    </message>
    <message>
        <location filename="../../src/models/sweep_model.cpp" line="379"/>
        <source>Training time to reach these epochs</source>
        <translation>训练到这些轮数所用的时间</translation>
    </message>
    <message>
        <location filename="../../src/models/sweep_model.cpp" line="383"/>
        <source>train acc.</source>
        <translation>训练准确率</translation>
    </message>
    <message>
        <location filename="../../src/models/sweep_model.cpp" line="383"/>
        <source>test acc.</source>
        <translation>测试准确率</translation>
    </message>
    <message>
        <location filename="../../src/models/sweep_model.cpp" line="383"/>
        <source>final loss</source>
        <translation>最终损失</translation>
    </message>
    <message>
        <location filename="../../src/models/sweep_model.cpp" line="384"/>
        <source>test loss</source>
        <translation>测试损失</translation>
    </message>
    <message>
        <location filename="../../src/models/sweep_model.cpp" line="384"/>
        <source>epochs</source>
        <translation>轮数</translation>
    </message>
    <message>
        <location filename="../../src/models/sweep_model.cpp" line="384"/>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <location filename="../../src/models/sweep_model.cpp" line="452"/>
        <location filename="../../src/models/sweep_model.cpp" line="460"/>
        <source>No such configuration</source>
        <translation>没有这种配置</translation>
    </message>
</context>
<context>
    <name>backstep::SweepPanel</name>
    <message>
        <location filename="../../src/ui/sweep_panel.cpp" line="103"/>
        <source>Training and testing…</source>
        <translation>正在训练和测试…</translation>
    </message>
    <message>
        <location filename="../../src/ui/sweep_panel.cpp" line="109"/>
        <source>%1 % right (%2 of %3 fresh samples, seed %4)</source>
        <translation>正确率 %1 %（%3 个新样本中对了 %2 个，种子 %4）</translation>
    </message>
    <message>
        <location filename="../../src/ui/sweep_panel.cpp" line="275"/>
        <source>lesson: %1</source>
        <translation>课程：%1</translation>
    </message>
    <message>
        <location filename="../../src/ui/sweep_panel.cpp" line="164"/>
        <source>Hidden units, e.g. 1, 2, 3, 4, 5, 10, 50, or layers as 8x4</source>
        <translation>隐藏单元，例如 1, 2, 3, 4, 5, 10, 50，或用 8x4 表示多层</translation>
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
        <translation>例如 1.2, 0.6, 0.1, 0.01, 0.001</translation>
    </message>
    <message>
        <location filename="../../src/ui/sweep_panel.cpp" line="168"/>
        <source>Epoch counts; they share one training run, read at each count</source>
        <translation>轮数；它们共用一次训练，在每个轮数处读取结果</translation>
    </message>
    <message>
        <location filename="../../src/ui/sweep_panel.cpp" line="169"/>
        <source>full, sgd or a batch size</source>
        <translation>full、sgd 或批量大小</translation>
    </message>
    <message>
        <location filename="../../src/ui/sweep_panel.cpp" line="170"/>
        <source>mean or sum</source>
        <translation>mean 或 sum</translation>
    </message>
    <message>
        <location filename="../../src/ui/sweep_panel.cpp" line="171"/>
        <source>sgd, momentum, adam, …</source>
        <translation>sgd, momentum, adam, …</translation>
    </message>
    <message>
        <location filename="../../src/ui/sweep_panel.cpp" line="172"/>
        <source>numbers ≥ 0</source>
        <translation>≥ 0 的数</translation>
    </message>
    <message>
        <location filename="../../src/ui/sweep_panel.cpp" line="173"/>
        <source>drop probabilities, 0 ≤ p &lt; 1</source>
        <translation>丢弃概率，0 ≤ p &lt; 1</translation>
    </message>
    <message>
        <location filename="../../src/ui/sweep_panel.cpp" line="174"/>
        <source>samples drawn by the lesson&apos;s generator</source>
        <translation>课程生成器抽取的样本数</translation>
    </message>
    <message>
        <location filename="../../src/ui/sweep_panel.cpp" line="175"/>
        <source>the generator&apos;s noise</source>
        <translation>生成器的噪声</translation>
    </message>
    <message>
        <location filename="../../src/ui/sweep_panel.cpp" line="176"/>
        <source>the generator&apos;s seed</source>
        <translation>生成器的种子</translation>
    </message>
    <message>
        <location filename="../../src/ui/sweep_panel.cpp" line="192"/>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <location filename="../../src/ui/sweep_panel.cpp" line="192"/>
        <location filename="../../src/ui/sweep_panel.cpp" line="193"/>
        <source>test accuracy (%)</source>
        <translation>测试准确率（%）</translation>
    </message>
    <message>
        <location filename="../../src/ui/sweep_panel.cpp" line="193"/>
        <source>train accuracy (%)</source>
        <translation>训练准确率（%）</translation>
    </message>
    <message>
        <location filename="../../src/ui/sweep_panel.cpp" line="199"/>
        <source>filtered out</source>
        <translation>被筛除</translation>
    </message>
    <message>
        <location filename="../../src/ui/sweep_panel.cpp" line="205"/>
        <source>passes the filters</source>
        <translation>通过筛选</translation>
    </message>
    <message>
        <location filename="../../src/ui/sweep_panel.cpp" line="228"/>
        <source>Green: the configurations that pass the filters; grey: the others</source>
        <translation>绿色：通过筛选的配置；灰色：其余配置</translation>
    </message>
    <message>
        <location filename="../../src/ui/sweep_panel.cpp" line="286"/>
        <source>Configurations: %1 · training runs: %2</source>
        <translation>配置：%1 · 训练次数：%2</translation>
    </message>
    <message>
        <location filename="../../src/ui/sweep_panel.cpp" line="322"/>
        <source>%1 of %2 pass the filters</source>
        <translation>%2 行中有 %1 行通过筛选</translation>
    </message>
    <message>
        <location filename="../../src/ui/sweep_panel.cpp" line="331"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../../src/ui/sweep_panel.cpp" line="334"/>
        <source>test accuracy %1 %</source>
        <translation>测试准确率 %1 %</translation>
    </message>
    <message>
        <location filename="../../src/ui/sweep_panel.cpp" line="336"/>
        <source>%1 · fastest: %2 (%3)</source>
        <translation>%1 · 最快：%2（%3）</translation>
    </message>
    <message>
        <location filename="../../src/ui/sweep_panel.cpp" line="394"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/ui/sweep_panel.cpp" line="396"/>
        <source>Export sweep results</source>
        <translation>导出扫描结果</translation>
    </message>
    <message>
        <location filename="../../src/ui/sweep_panel.cpp" line="401"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
</context>
<context>
    <name>backstep::Tour</name>
    <message>
        <location filename="../../src/ui/tour.cpp" line="53"/>
        <source>Close tour</source>
        <translation>关闭导览</translation>
    </message>
    <message>
        <location filename="../../src/ui/tour.cpp" line="55"/>
        <source>End the tour; Help → Tour of the window shows it again (Esc)</source>
        <translation>结束导览；帮助 → 窗口导览可再次显示（Esc）</translation>
    </message>
    <message>
        <location filename="../../src/ui/tour.cpp" line="56"/>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <location filename="../../src/ui/tour.cpp" line="58"/>
        <source>The previous part (←)</source>
        <translation>上一部分（←）</translation>
    </message>
    <message>
        <location filename="../../src/ui/tour.cpp" line="61"/>
        <source>The next part (→)</source>
        <translation>下一部分（→）</translation>
    </message>
    <message>
        <location filename="../../src/ui/tour.cpp" line="99"/>
        <source>Tour of the window · %1 of %2</source>
        <translation>窗口导览 · 第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <location filename="../../src/ui/tour.cpp" line="103"/>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../src/ui/tour.cpp" line="103"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>backstep::WindowZoom</name>
    <message>
        <location filename="../../src/ui/window_zoom.cpp" line="126"/>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_zoom.cpp" line="126"/>
        <source>Larger cells, steps and charts (for a projector)</source>
        <translation>放大单元格、步骤和图表（用于投影仪）</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_zoom.cpp" line="127"/>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_zoom.cpp" line="127"/>
        <source>Smaller cells, steps and charts</source>
        <translation>缩小单元格、步骤和图表</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_zoom.cpp" line="128"/>
        <source>&amp;Actual size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_zoom.cpp" line="128"/>
        <source>Back to 100 %</source>
        <translation>恢复到 100 %</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_zoom.cpp" line="129"/>
        <source>&amp;Presentation mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_zoom.cpp" line="130"/>
        <source>Full screen with larger type, for a projector; Esc leaves it</source>
        <translation>全屏并使用更大的字，用于投影仪；按 Esc 退出</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_zoom.cpp" line="131"/>
        <source>Leave presentation mode</source>
        <translation>退出演示模式</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_zoom.cpp" line="133"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_zoom.cpp" line="134"/>
        <source>Zoom: Ctrl+= larger, Ctrl+− smaller, Ctrl+0 actual size; F11 presentation mode</source>
        <translation>缩放：Ctrl+= 放大，Ctrl+− 缩小，Ctrl+0 实际大小；F11 演示模式</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_zoom.cpp" line="137"/>
        <location filename="../../src/ui/window_zoom.cpp" line="224"/>
        <source>&amp;Zoom (%1 %)</source>
        <translation>缩放 %1 %(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_zoom.cpp" line="196"/>
        <source>Presentation · %1 %</source>
        <translation>演示 · %1 %</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_zoom.cpp" line="196"/>
        <source>Zoom %1 %</source>
        <translation>缩放 %1 %</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../src/app/main.cpp" line="52"/>
        <source>Step through how a neural network learns.</source>
        <translation>一步一步看神经网络如何学习。</translation>
    </message>
    <message>
        <location filename="../../src/app/main.cpp" line="57"/>
        <source>Lesson file to open (default: the last one, or the three-sample lesson).</source>
        <translation>要打开的课程文件（默认：上次的课程，或三个样本的课程）。</translation>
    </message>
    <message>
        <location filename="../../src/app/main.cpp" line="62"/>
        <source>Open at iteration K (1-based).</source>
        <translation>在第 K 次迭代打开（从 1 开始）。</translation>
    </message>
    <message>
        <location filename="../../src/app/main.cpp" line="64"/>
        <source>Open at step S (1–12).</source>
        <translation>在第 S 步打开（1–12）。</translation>
    </message>
    <message>
        <location filename="../../src/app/main.cpp" line="68"/>
        <source>Render the window at 1400×900 to a PNG file and exit.</source>
        <translation>把 1400×900 的窗口画到 PNG 文件后退出。</translation>
    </message>
    <message>
        <location filename="../../src/app/main.cpp" line="72"/>
        <source>With --screenshot: the window&apos;s size instead (e.g. 1280x800).</source>
        <translation>与 --screenshot 一起使用：改用这个窗口大小（例如 1280x800）。</translation>
    </message>
    <message>
        <location filename="../../src/app/main.cpp" line="77"/>
        <source>Start practice mode as the student NAME.</source>
        <translation>以学生 NAME 的身份开始练习模式。</translation>
    </message>
    <message>
        <location filename="../../src/app/main.cpp" line="81"/>
        <source>In practice mode, type these answers into the focused cells in turn (separated by &apos;;&apos;, &apos;?&apos; for a hint).</source>
        <translation>在练习模式下，把这些答案依次填入当前单元格（用“;”分隔，“?”表示提示）。</translation>
    </message>
    <message>
        <location filename="../../src/app/main.cpp" line="86"/>
        <source>Do not show the tour of the window on the first start (nor does --screenshot, or BACKSTEP_NO_TOUR=1).</source>
        <translation>首次启动时不显示窗口导览（--screenshot 或 BACKSTEP_NO_TOUR=1 也不会显示）。</translation>
    </message>
</context>
</TS>
