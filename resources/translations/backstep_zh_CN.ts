<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QObject</name>
    <message>
        <location filename="../../src/ui/evaluation_view.cpp" line="32"/>
        <source>predicted %1</source>
        <translation>预测 %1</translation>
    </message>
    <message>
        <location filename="../../src/ui/evaluation_view.cpp" line="33"/>
        <source>actual %1</source>
        <translation>实际 %1</translation>
    </message>
</context>
<context>
    <name>SetCellCommand</name>
    <message>
        <location filename="../../src/models/set_cell_command.cpp" line="12"/>
        <source>Edit %1[%2,%3]</source>
        <translation>编辑 %1[%2,%3]</translation>
    </message>
</context>
<context>
    <name>StepExplanation</name>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="31"/>
        <source>&lt;p&gt;&lt;b&gt;X&lt;/b&gt; holds one sample per row and one input per column; &lt;b&gt;y&lt;/b&gt; holds the targets the network should learn to output for each sample.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;X&lt;/b&gt; 每行是一个样本、每列是一个输入；&lt;b&gt;y&lt;/b&gt; 是网络应当为每个样本学会输出的目标值。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="34"/>
        <source>&lt;p&gt;The network&apos;s knowledge is in its weights: &lt;b&gt;wh&lt;/b&gt; connects every input to every hidden unit, &lt;b&gt;bh&lt;/b&gt; is one bias per hidden unit, &lt;b&gt;wout&lt;/b&gt; and &lt;b&gt;bout&lt;/b&gt; do the same for the output. In iteration 1 they are the lesson&apos;s starting values; after that they are whatever the last update made them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;网络的知识都在权重里：&lt;b&gt;wh&lt;/b&gt; 把每个输入连到每个隐藏单元，&lt;b&gt;bh&lt;/b&gt; 是每个隐藏单元的偏置，&lt;b&gt;wout&lt;/b&gt; 和 &lt;b&gt;bout&lt;/b&gt; 对输出层起同样的作用。第 1 次迭代时它们是课程给出的初始值，之后是上一次更新的结果。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="39"/>
        <source>&lt;p&gt;Each hidden unit adds up its inputs, each multiplied by its weight, and adds its bias: a matrix product &lt;b&gt;X·wh&lt;/b&gt; does this for all samples and units at once. The same bias row is added to every sample.&lt;/p&gt;</source>
        <translation>&lt;p&gt;每个隐藏单元把输入分别乘以权重后相加，再加上偏置：矩阵乘积 &lt;b&gt;X·wh&lt;/b&gt; 一次完成所有样本和所有单元的计算。同一行偏置加到每个样本上。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="43"/>
        <source>&lt;p&gt;The activation function bends the sums so the network can learn curved boundaries. It is applied to every cell on its own.&lt;/p&gt;</source>
        <translation>&lt;p&gt;激活函数把这些和“弯曲”，网络才能学出弯曲的边界。它逐个格子地独立作用。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="46"/>
        <source>&lt;p&gt;The output layer repeats steps 3 and 4 on the hidden activations: a weighted sum with &lt;b&gt;wout&lt;/b&gt; and &lt;b&gt;bout&lt;/b&gt;, then the output activation. This is the network&apos;s prediction; the forward pass is done.&lt;/p&gt;</source>
        <translation>&lt;p&gt;输出层对隐藏层的激活重复第 3、4 步：用 &lt;b&gt;wout&lt;/b&gt; 和 &lt;b&gt;bout&lt;/b&gt; 求加权和，再经过输出激活函数。这就是网络的预测，前向传播到此完成。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="50"/>
        <source>&lt;p&gt;&lt;b&gt;E = y − output&lt;/b&gt;: positive where the prediction is too low, negative where it is too high. Because E is written this way round, the updates in steps 11 and 12 &lt;b&gt;add&lt;/b&gt; (+=): together they are gradient descent on the loss.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;E = y − output&lt;/b&gt;：预测偏低处为正，偏高处为负。正因为 E 是这样写的，第 11、12 步的更新用&lt;b&gt;加&lt;/b&gt;（+=）：合起来就是对损失的梯度下降。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="54"/>
        <source>&lt;p&gt;The slope of each activation tells how much a small change of a unit&apos;s input would change its output. Flat places (a saturated sigmoid, a ReLU below zero, a step) pass little or nothing back.&lt;/p&gt;</source>
        <translation>&lt;p&gt;每个激活函数的斜率表示单元输入的微小变化会让输出改变多少。平坦的地方（饱和的 sigmoid、小于零的 ReLU、阶跃函数）几乎不把误差传回去。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="59"/>
        <source>&lt;p&gt;With this loss and output activation the slope &lt;b&gt;cancels&lt;/b&gt;: the derivative of the loss with respect to the output layer&apos;s input is exactly −E, so &lt;b&gt;d_output = E&lt;/b&gt;. slope_output_layer is shown but not used.&lt;/p&gt;</source>
        <translation>&lt;p&gt;在这种损失函数和输出激活函数下，斜率&lt;b&gt;相互抵消&lt;/b&gt;：损失对输出层输入的导数恰好是 −E，所以 &lt;b&gt;d_output = E&lt;/b&gt;。slope_output_layer 会显示，但不参与计算。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="62"/>
        <source>&lt;p&gt;&lt;b&gt;d_output = E ⊙ slope_output_layer&lt;/b&gt;: how strongly, and in which direction, each output unit&apos;s input should move. ⊙ multiplies cell by cell.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;d_output = E ⊙ slope_output_layer&lt;/b&gt;：每个输出单元的输入应当朝哪个方向、以多大力度变化。⊙ 表示逐格相乘。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="65"/>
        <source>&lt;p&gt;The error is sent back along the same connections: each hidden unit gets the output deltas weighted by the weights that connect it to them, &lt;b&gt;d_output · woutᵀ&lt;/b&gt;. This uses &lt;b&gt;wout as it was before step 11&lt;/b&gt; changes it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;误差沿着同样的连接传回去：每个隐藏单元得到按连接权重加权的输出增量，&lt;b&gt;d_output · woutᵀ&lt;/b&gt;。这里用的是&lt;b&gt;第 11 步更新之前的 wout&lt;/b&gt;。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="69"/>
        <source>&lt;p&gt;As in step 8, the hidden error is scaled by the slope of the hidden activation: &lt;b&gt;d_hiddenlayer = Error_at_hidden_layer ⊙ slope_hidden_layer&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;与第 8 步一样，隐藏层误差乘以隐藏层激活函数的斜率：&lt;b&gt;d_hiddenlayer = Error_at_hidden_layer ⊙ slope_hidden_layer&lt;/b&gt;。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="72"/>
        <source>&lt;p&gt;Each weight moves by its input times the delta it feeds, summed over the samples, times the learning rate (here %1): &lt;b&gt;wout += hiddenlayer_activationsᵀ·d_output·lr&lt;/b&gt; and &lt;b&gt;wh += Xᵀ·d_hiddenlayer·lr&lt;/b&gt;. The learning rate enters only here and in step 12.&lt;/p&gt;</source>
        <translation>&lt;p&gt;每个权重的变化量是它的输入乘以它所连接单元的增量，对所有样本求和，再乘以学习率（这里是 %1）：&lt;b&gt;wout += hiddenlayer_activationsᵀ·d_output·lr&lt;/b&gt;，&lt;b&gt;wh += Xᵀ·d_hiddenlayer·lr&lt;/b&gt;。学习率只在这一步和第 12 步出现。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="78"/>
        <source>&lt;p&gt;A bias acts like a weight on an input that is always 1, so its update is the sum of the deltas over the samples (the rows), times the learning rate. The iteration is complete; the next one starts from these weights.&lt;/p&gt;</source>
        <translation>&lt;p&gt;偏置相当于一个输入恒为 1 的权重，所以它的更新量是增量对所有样本（各行）的和，再乘以学习率。本次迭代完成，下一次从这些权重开始。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="81"/>
        <source>&lt;p&gt;This lesson &lt;b&gt;freezes the biases&lt;/b&gt;, as some textbook examples do: they stay as they are. The iteration is complete.&lt;/p&gt;</source>
        <translation>&lt;p&gt;与一些教材的例子一样，本课&lt;b&gt;冻结偏置&lt;/b&gt;：偏置保持不变。本次迭代完成。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>StepTitle</name>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="10"/>
        <source>Read inputs and targets</source>
        <translation>读取输入和目标</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="11"/>
        <source>Initial weights and biases</source>
        <translation>初始权重和偏置</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="12"/>
        <source>Hidden layer input</source>
        <translation>隐藏层输入</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="13"/>
        <source>Hidden layer activations</source>
        <translation>隐藏层激活</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="14"/>
        <source>Output layer</source>
        <translation>输出层</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="15"/>
        <source>Error at the output</source>
        <translation>输出误差</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="16"/>
        <source>Slopes of the activations</source>
        <translation>激活函数的斜率</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="17"/>
        <source>Delta at the output layer</source>
        <translation>输出层的增量</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="18"/>
        <source>Error at the hidden layer</source>
        <translation>隐藏层误差</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="19"/>
        <source>Delta at the hidden layer</source>
        <translation>隐藏层的增量</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="20"/>
        <source>Update the weights</source>
        <translation>更新权重</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_explanations.cpp" line="21"/>
        <source>Update the biases</source>
        <translation>更新偏置</translation>
    </message>
</context>
<context>
    <name>backstep::EvaluationView</name>
    <message>
        <location filename="../../src/ui/evaluation_view.cpp" line="62"/>
        <source>Predicted against actual</source>
        <translation>预测值与实际值</translation>
    </message>
    <message>
        <location filename="../../src/ui/evaluation_view.cpp" line="64"/>
        <source>training samples</source>
        <translation>训练样本</translation>
    </message>
    <message>
        <location filename="../../src/ui/evaluation_view.cpp" line="67"/>
        <source>test samples</source>
        <translation>测试样本</translation>
    </message>
    <message>
        <location filename="../../src/ui/evaluation_view.cpp" line="70"/>
        <source>perfect</source>
        <translation>完全一致</translation>
    </message>
    <message>
        <location filename="../../src/ui/evaluation_view.cpp" line="75"/>
        <source>actual</source>
        <translation>实际值</translation>
    </message>
    <message>
        <location filename="../../src/ui/evaluation_view.cpp" line="77"/>
        <source>predicted</source>
        <translation>预测值</translation>
    </message>
    <message>
        <location filename="../../src/ui/evaluation_view.cpp" line="129"/>
        <source>Training samples: %1 of %2 right</source>
        <translation>训练样本：%2 个中对了 %1 个</translation>
    </message>
    <message>
        <location filename="../../src/ui/evaluation_view.cpp" line="133"/>
        <source>Test samples: %1 of %2 right</source>
        <translation>测试样本：%2 个中对了 %1 个</translation>
    </message>
</context>
<context>
    <name>backstep::FormulaBar</name>
    <message>
        <location filename="../../src/ui/formula_bar.cpp" line="37"/>
        <source>no cell</source>
        <translation>未选中格子</translation>
    </message>
    <message>
        <location filename="../../src/ui/formula_bar.cpp" line="38"/>
        <source>Click a number to see where it comes from.</source>
        <translation>点击一个数字，看看它从哪里来。</translation>
    </message>
</context>
<context>
    <name>backstep::ImportDialog</name>
    <message>
        <location filename="../../src/ui/import_dialog.cpp" line="22"/>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/ui/import_dialog.cpp" line="34"/>
        <source>%n readable row(s); the first ones:</source>
        <translation>
            <numerusform>可读取 %n 行；前几行：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/ui/import_dialog.cpp" line="48"/>
        <source>Standardise (mean 0, standard deviation 1)</source>
        <translation>标准化（均值 0，标准差 1）</translation>
    </message>
    <message>
        <location filename="../../src/ui/import_dialog.cpp" line="49"/>
        <source>Min–max (into 0 … 1)</source>
        <translation>最小–最大缩放（到 0 … 1）</translation>
    </message>
    <message>
        <location filename="../../src/ui/import_dialog.cpp" line="50"/>
        <source>None (the numbers as they are)</source>
        <translation>不处理（保持原值）</translation>
    </message>
    <message>
        <location filename="../../src/ui/import_dialog.cpp" line="51"/>
        <source>Target columns:</source>
        <translation>目标列：</translation>
    </message>
    <message>
        <location filename="../../src/ui/import_dialog.cpp" line="52"/>
        <source>Inputs:</source>
        <translation>输入：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/ui/import_dialog.cpp" line="61"/>
        <source>%n row(s) could not be read and are left out:</source>
        <translation>
            <numerusform>有 %n 行无法读取，已略去：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/ui/import_dialog.cpp" line="72"/>
        <source>Create lesson</source>
        <translation>创建课程</translation>
    </message>
</context>
<context>
    <name>backstep::LossChart</name>
    <message>
        <location filename="../../src/ui/loss_chart.cpp" line="35"/>
        <source>Loss per epoch</source>
        <translation>每轮的损失</translation>
    </message>
    <message>
        <location filename="../../src/ui/loss_chart.cpp" line="39"/>
        <location filename="../../src/ui/loss_chart.cpp" line="62"/>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../../src/ui/loss_chart.cpp" line="41"/>
        <location filename="../../src/ui/loss_chart.cpp" line="69"/>
        <source>accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <location filename="../../src/ui/loss_chart.cpp" line="44"/>
        <source>test loss</source>
        <translation>测试损失</translation>
    </message>
    <message>
        <location filename="../../src/ui/loss_chart.cpp" line="47"/>
        <source>test accuracy</source>
        <translation>测试准确率</translation>
    </message>
    <message>
        <location filename="../../src/ui/loss_chart.cpp" line="50"/>
        <source>current epoch</source>
        <translation>当前轮次</translation>
    </message>
    <message>
        <location filename="../../src/ui/loss_chart.cpp" line="59"/>
        <source>epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location filename="../../src/ui/loss_chart.cpp" line="64"/>
        <source>loss (log)</source>
        <translation>损失（对数）</translation>
    </message>
    <message>
        <location filename="../../src/ui/loss_chart.cpp" line="89"/>
        <source>epoch %1: %2 %3</source>
        <translation>第 %1 轮：%2 %3</translation>
    </message>
</context>
<context>
    <name>backstep::MainWindow</name>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="43"/>
        <source>Backstep</source>
        <translation>Backstep</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="77"/>
        <location filename="../../src/ui/main_window.cpp" line="299"/>
        <source>loss %1</source>
        <translation>损失 %1</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="81"/>
        <location filename="../../src/ui/main_window.cpp" line="92"/>
        <location filename="../../src/ui/window_files.cpp" line="248"/>
        <location filename="../../src/ui/window_files.cpp" line="251"/>
        <source>Training stopped</source>
        <translation>训练已停止</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="81"/>
        <source>Not enough memory to go on training this lesson; it stays at the last complete iteration.</source>
        <translation>内存不足，无法继续训练这一课；停在最后一次完整的迭代。</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="94"/>
        <source>Training cancelled at epoch %1</source>
        <translation>训练在第 %1 轮取消</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="95"/>
        <source>Trained to epoch %1</source>
        <translation>已训练到第 %1 轮</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="125"/>
        <source>◀ Back</source>
        <translation>◀ 后退</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="125"/>
        <source>Go back one step; shows exactly what was there</source>
        <translation>后退一步；完全恢复之前显示的内容</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="126"/>
        <source>Next ▶</source>
        <translation>下一步 ▶</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="126"/>
        <source>Compute the next step</source>
        <translation>计算下一步</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="127"/>
        <source>Next cell</source>
        <translation>下一个格子</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="127"/>
        <source>Compute the next step one cell at a time</source>
        <translation>逐个格子计算下一步</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="128"/>
        <location filename="../../src/ui/main_window.cpp" line="379"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="128"/>
        <source>Step automatically at the chosen speed</source>
        <translation>按所选速度自动前进</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="131"/>
        <source>Finish iteration</source>
        <translation>完成本次迭代</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="131"/>
        <source>Compute the rest of this iteration</source>
        <translation>计算本次迭代的其余步骤</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="132"/>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="132"/>
        <source>Train the number of epochs in the box, off the window&apos;s thread</source>
        <translation>在后台训练框中指定的轮数</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="134"/>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="134"/>
        <source>Back to the lesson&apos;s initial weights (the same ones)</source>
        <translation>回到课程的初始权重（完全相同的权重）</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="135"/>
        <source>New weights</source>
        <translation>新权重</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="135"/>
        <source>Draw new initial weights with a new seed</source>
        <translation>用新的随机种子生成新的初始权重</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="137"/>
        <source>Go to iteration…</source>
        <translation>转到迭代…</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="137"/>
        <source>Jump to an iteration or epoch</source>
        <translation>跳到某次迭代或某一轮</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="138"/>
        <source>&amp;Open lesson…</source>
        <translation>打开课程(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="138"/>
        <source>Open a lesson file</source>
        <translation>打开课程文件</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="139"/>
        <source>Lesson &amp;gallery…</source>
        <translation>课程库(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="139"/>
        <source>Choose one of the shipped lessons</source>
        <translation>选择一个自带的课程</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="140"/>
        <source>&amp;Import CSV…</source>
        <translation>导入 CSV(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="140"/>
        <source>Make a new lesson from a CSV file of your own</source>
        <translation>用你自己的 CSV 文件创建新课程</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="142"/>
        <source>&amp;Save lesson as…</source>
        <translation>课程另存为(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="142"/>
        <source>Save data, settings and weights as a lesson file</source>
        <translation>把数据、设置和权重保存为课程文件</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="143"/>
        <source>Export all matrices…</source>
        <translation>导出所有矩阵…</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="143"/>
        <source>One CSV per matrix of this iteration, as backstep-cli trace writes</source>
        <translation>本次迭代的每个矩阵一个 CSV，与 backstep-cli trace 写出的相同</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="145"/>
        <source>Export loss history…</source>
        <translation>导出损失历史…</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="145"/>
        <source>The loss (and accuracy) per epoch as CSV</source>
        <translation>每轮的损失（和准确率），CSV 格式</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="146"/>
        <source>Export chart as PNG…</source>
        <translation>将图表导出为 PNG…</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="146"/>
        <source>The loss chart as an image</source>
        <translation>损失图表导出为图片</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="147"/>
        <source>Export 2-D views as PNG…</source>
        <translation>将二维视图导出为 PNG…</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="147"/>
        <source>The input and hidden space views as an image</source>
        <translation>输入空间和隐藏空间视图导出为图片</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="149"/>
        <source>Export 2-D views</source>
        <translation>导出二维视图</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="149"/>
        <location filename="../../src/ui/window_files.cpp" line="221"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="152"/>
        <location filename="../../src/ui/window_files.cpp" line="193"/>
        <location filename="../../src/ui/window_files.cpp" line="206"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="154"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="154"/>
        <source>Close Backstep</source>
        <translation>关闭 Backstep</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="155"/>
        <source>Logarithmic loss axis</source>
        <translation>对数损失坐标轴</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="155"/>
        <source>Show the loss on a log scale</source>
        <translation>用对数刻度显示损失</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="159"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="162"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="170"/>
        <source>Full precision</source>
        <translation>全精度</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/ui/main_window.cpp" line="170"/>
        <source>%n decimal(s)</source>
        <translation>
            <numerusform>%n 位小数</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="179"/>
        <source>Stepping</source>
        <translation>单步</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="189"/>
        <source>Play speed: steps per second</source>
        <translation>播放速度：每秒步数</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="198"/>
        <source> epochs</source>
        <translation> 轮</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="199"/>
        <source>How many epochs Train runs</source>
        <translation>“训练”运行的轮数</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="221"/>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="222"/>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="223"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="224"/>
        <source>Evaluation</source>
        <translation>评估</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="225"/>
        <source>Input and hidden space</source>
        <translation>输入空间和隐藏空间</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="241"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="244"/>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="248"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="255"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="258"/>
        <source>&amp;Step</source>
        <translation>步骤(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="261"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="262"/>
        <source>&amp;Decimals</source>
        <translation>小数位数(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="278"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="294"/>
        <source>%1 · %2 · %3 · lr %4</source>
        <translation>%1 · %2 · %3 · 学习率 %4</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="295"/>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="298"/>
        <source>epoch %1 · iteration %2 · step %3 of 12</source>
        <translation>第 %1 轮 · 第 %2 次迭代 · 第 %3 步（共 12 步）</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="316"/>
        <source>%1 — Backstep</source>
        <translation>%1 — Backstep</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="327"/>
        <source>%1: not enough memory for this lesson; use fewer samples or units</source>
        <translation>%1：内存不足以打开这一课；请减少样本或单元数。</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="331"/>
        <source>Cannot open the lesson</source>
        <translation>无法打开课程</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="331"/>
        <source>The lesson was not opened; the current one stays.

%1</source>
        <translation>课程没有打开，当前课程保持不变。

%1</translation>
    </message>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="379"/>
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
        <location filename="../../src/ui/window_files.cpp" line="63"/>
        <source>Cannot import</source>
        <translation>无法导入</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_files.cpp" line="71"/>
        <source>Imported %1: a new lesson; keep it with File → Save lesson as</source>
        <translation>已导入 %1：这是一个新课程；用“文件 → 课程另存为”保存它</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_files.cpp" line="76"/>
        <source>Lesson gallery</source>
        <translation>课程库</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_files.cpp" line="102"/>
        <source>The lessons that come with Backstep, in course order:</source>
        <translation>Backstep 自带的课程，按教学顺序：</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_files.cpp" line="142"/>
        <source>Save lesson</source>
        <translation>保存课程</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_files.cpp" line="143"/>
        <source>Which weights should the lesson start from?</source>
        <translation>课程应从哪组权重开始？</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_files.cpp" line="146"/>
        <source>The initial weights</source>
        <translation>初始权重</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_files.cpp" line="148"/>
        <source>The current weights (iteration %1)</source>
        <translation>当前权重（第 %1 次迭代）</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_files.cpp" line="154"/>
        <source>Save lesson as</source>
        <translation>课程另存为</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_files.cpp" line="155"/>
        <source>Backstep lessons (*.json)</source>
        <translation>Backstep 课程 (*.json)</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_files.cpp" line="159"/>
        <source>Cannot save the lesson</source>
        <translation>无法保存课程</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_files.cpp" line="161"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_files.cpp" line="172"/>
        <source>no matrix %1</source>
        <translation>没有矩阵 %1</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_files.cpp" line="252"/>
        <source>Not enough memory to go on; the sheet stays at iteration %1</source>
        <translation>内存不足，无法继续；表格停在第 %1 次迭代。</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_files.cpp" line="189"/>
        <source>Export all matrices to folder</source>
        <translation>把所有矩阵导出到文件夹</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_files.cpp" line="196"/>
        <source>Wrote %1 CSV files to %2</source>
        <translation>已把 %1 个 CSV 文件写入 %2</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_files.cpp" line="210"/>
        <source>Export %1</source>
        <translation>导出 %1</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_files.cpp" line="211"/>
        <location filename="../../src/ui/window_files.cpp" line="216"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_files.cpp" line="216"/>
        <source>Export loss history</source>
        <translation>导出损失历史</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_files.cpp" line="221"/>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_files.cpp" line="228"/>
        <location filename="../../src/ui/window_files.cpp" line="233"/>
        <source>Go to</source>
        <translation>转到</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_files.cpp" line="228"/>
        <source>Jump to</source>
        <translation>跳到</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_files.cpp" line="229"/>
        <source>Iteration</source>
        <translation>迭代</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_files.cpp" line="229"/>
        <location filename="../../src/ui/window_files.cpp" line="231"/>
        <source>Epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_files.cpp" line="233"/>
        <source>Epoch:</source>
        <translation>轮次：</translation>
    </message>
    <message>
        <location filename="../../src/ui/window_files.cpp" line="233"/>
        <source>Iteration:</source>
        <translation>迭代：</translation>
    </message>
</context>
<context>
    <name>backstep::MatrixPanel</name>
    <message>
        <location filename="../../src/ui/matrix_panel.cpp" line="54"/>
        <source>Export %1 as CSV…</source>
        <translation>将 %1 导出为 CSV…</translation>
    </message>
    <message>
        <location filename="../../src/ui/matrix_panel.cpp" line="79"/>
        <source>%1×%2 · step %3</source>
        <translation>%1×%2 · 第 %3 步</translation>
    </message>
    <message>
        <location filename="../../src/ui/matrix_panel.cpp" line="83"/>
        <source>not computed yet</source>
        <translation>尚未计算</translation>
    </message>
    <message>
        <location filename="../../src/ui/matrix_panel.cpp" line="85"/>
        <source>this step</source>
        <translation>本步</translation>
    </message>
</context>
<context>
    <name>backstep::MatrixTableModel</name>
    <message>
        <location filename="../../src/models/matrix_table_model.cpp" line="87"/>
        <source>Computed at step %1</source>
        <translation>在第 %1 步计算</translation>
    </message>
</context>
<context>
    <name>backstep::NetworkDiagram</name>
    <message>
        <location filename="../../src/ui/network_diagram.cpp" line="142"/>
        <source>+%1 more</source>
        <translation>另有 %1 个</translation>
    </message>
</context>
<context>
    <name>backstep::PngFile</name>
    <message>
        <location filename="../../src/ui/png_file.cpp" line="16"/>
        <source>%1: cannot encode the picture as PNG</source>
        <translation>%1：无法把图片编码为 PNG</translation>
    </message>
</context>
<context>
    <name>backstep::SheetWidget</name>
    <message>
        <location filename="../../src/ui/sheet_widget.cpp" line="45"/>
        <source>Forward pass: hidden layers</source>
        <translation>前向传播：隐藏层</translation>
    </message>
    <message>
        <location filename="../../src/ui/sheet_widget.cpp" line="45"/>
        <source>Forward pass: hidden layer</source>
        <translation>前向传播：隐藏层</translation>
    </message>
    <message>
        <location filename="../../src/ui/sheet_widget.cpp" line="50"/>
        <source>Forward pass: output layer</source>
        <translation>前向传播：输出层</translation>
    </message>
    <message>
        <location filename="../../src/ui/sheet_widget.cpp" line="54"/>
        <source>Error and slopes</source>
        <translation>误差与斜率</translation>
    </message>
    <message>
        <location filename="../../src/ui/sheet_widget.cpp" line="58"/>
        <source>Backward pass</source>
        <translation>反向传播</translation>
    </message>
    <message>
        <location filename="../../src/ui/sheet_widget.cpp" line="64"/>
        <source>Updates: weights and biases before and after</source>
        <translation>更新：权重和偏置的前后对比</translation>
    </message>
    <message>
        <location filename="../../src/ui/sheet_widget.cpp" line="66"/>
        <location filename="../../src/ui/sheet_widget.cpp" line="70"/>
        <source>(before)</source>
        <translation>（更新前）</translation>
    </message>
</context>
<context>
    <name>backstep::SpacePictures</name>
    <message>
        <location filename="../../src/models/space_pictures.cpp" line="68"/>
        <source>The 2-D views need a lesson with two inputs.</source>
        <translation>二维视图需要有两个输入的课程。</translation>
    </message>
    <message>
        <location filename="../../src/models/space_pictures.cpp" line="100"/>
        <source>The hidden space needs two hidden units.</source>
        <translation>隐藏空间视图需要两个隐藏单元。</translation>
    </message>
</context>
<context>
    <name>backstep::SpaceViews</name>
    <message>
        <location filename="../../src/ui/space_views.cpp" line="35"/>
        <source>Input space: prediction and samples</source>
        <translation>输入空间：预测与样本</translation>
    </message>
    <message>
        <location filename="../../src/ui/space_views.cpp" line="37"/>
        <source>Hidden space before activation</source>
        <translation>激活前的隐藏空间</translation>
    </message>
    <message>
        <location filename="../../src/ui/space_views.cpp" line="39"/>
        <source>Hidden space after activation</source>
        <translation>激活后的隐藏空间</translation>
    </message>
    <message>
        <location filename="../../src/ui/space_views.cpp" line="47"/>
        <source>Hidden unit on the horizontal axis</source>
        <translation>横轴上的隐藏单元</translation>
    </message>
    <message>
        <location filename="../../src/ui/space_views.cpp" line="48"/>
        <source>Hidden unit on the vertical axis</source>
        <translation>纵轴上的隐藏单元</translation>
    </message>
    <message>
        <location filename="../../src/ui/space_views.cpp" line="51"/>
        <source>Replay the training: the weights at this epoch</source>
        <translation>回放训练：这一轮时的权重</translation>
    </message>
    <message>
        <location filename="../../src/ui/space_views.cpp" line="54"/>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <location filename="../../src/ui/space_views.cpp" line="55"/>
        <source>Hidden units:</source>
        <translation>隐藏单元：</translation>
    </message>
    <message>
        <location filename="../../src/ui/space_views.cpp" line="59"/>
        <source>Epoch:</source>
        <translation>轮次：</translation>
    </message>
    <message>
        <location filename="../../src/ui/space_views.cpp" line="80"/>
        <source>Export view</source>
        <translation>导出视图</translation>
    </message>
    <message>
        <location filename="../../src/ui/space_views.cpp" line="80"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../../src/ui/space_views.cpp" line="166"/>
        <source>epoch %1 (live)</source>
        <translation>第 %1 轮（实时）</translation>
    </message>
    <message>
        <location filename="../../src/ui/space_views.cpp" line="166"/>
        <source>epoch %1</source>
        <translation>第 %1 轮</translation>
    </message>
</context>
<context>
    <name>backstep::StepPanel</name>
    <message>
        <location filename="../../src/ui/step_panel.cpp" line="46"/>
        <source> (layer %1)</source>
        <translation>（第 %1 层）</translation>
    </message>
    <message>
        <location filename="../../src/ui/step_panel.cpp" line="72"/>
        <source>Lesson note:</source>
        <translation>课程提示：</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../src/app/main.cpp" line="50"/>
        <source>Step through how a neural network learns.</source>
        <translation>一步一步看神经网络如何学习。</translation>
    </message>
    <message>
        <location filename="../../src/app/main.cpp" line="55"/>
        <source>Lesson file to open (default: the last one, or the three-sample lesson).</source>
        <translation>要打开的课程文件（默认：上次的课程，或三个样本的课程）。</translation>
    </message>
    <message>
        <location filename="../../src/app/main.cpp" line="60"/>
        <source>Open at iteration K (1-based).</source>
        <translation>在第 K 次迭代打开（从 1 开始）。</translation>
    </message>
    <message>
        <location filename="../../src/app/main.cpp" line="62"/>
        <source>Open at step S (1–12).</source>
        <translation>在第 S 步打开（1–12）。</translation>
    </message>
    <message>
        <location filename="../../src/app/main.cpp" line="66"/>
        <source>Render the window at 1400×900 to a PNG file and exit.</source>
        <translation>把 1400×900 的窗口画到 PNG 文件后退出。</translation>
    </message>
</context>
</TS>
