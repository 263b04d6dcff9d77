using Crm.ReportingApi.Cli;

return await CrmCli.RunAsync(args);

// Lets the tests name the entry assembly.
public partial class Program;
