import { HeatmapChart } from 'echarts/charts';
import { LegendComponent } from 'echarts/components';
import { echarts } from '../../components/Chart';

// The prioritization charts need a heat map (rank correlations) and legends (stacked contributions)
// beyond what the shared <Chart> registers; registered here so only this area's chunk carries them.
echarts.use([HeatmapChart, LegendComponent]);
